using System.Net.Sockets;
using Npgsql;

namespace BaliTimeline.Service.Hosting;

/// <summary>What is wrong with the database, in words an operator can act on, for the command line and for HTTP 503s.</summary>
public static class DatabaseProblem
{
    public static string? Describe(Exception e) => e switch
    {
        PostgresException { SqlState: PostgresErrorCodes.UndefinedTable or PostgresErrorCodes.UndefinedFunction } p =>
            $"the database schema is not set up or is out of date ({p.MessageText}); run `bali-timeline db-apply`",
        NpgsqlException or SocketException => $"cannot use the database: {e.Message}",
        { InnerException: { } inner } => Describe(inner),
        _ => null,
    };
}
