using BaliTimeline.EventStore;
using BaliTimeline.EventStore.Queries;
using Marten;

namespace BaliTimeline.Service;

public static class TimelineServices
{
    public const string ConnectionVariable = "BALI_TIMELINE_CONNECTION";

    /// <summary>Marten and the timeline's queries. The connection string is read when the store is first used, so
    /// commands that never touch the database (extract, help) never need one.</summary>
    public static IServiceCollection AddTimeline(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMarten(_ =>
        {
            var options = new StoreOptions();
            TimelineStore.Configure(options, ConnectionString(configuration), configuration["Timeline:Schema"] ?? TimelineStore.DefaultSchema);
            return options;
        });
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<TimelineQueries>();
        return services;
    }

    public static string ConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString("Timeline") is { Length: > 0 } fromConfiguration ? fromConfiguration
        : Environment.GetEnvironmentVariable(ConnectionVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment
        : throw new CommandFailedException($"no database: set {ConnectionVariable} (ops/postgres-up.sh prints one for a project-local PostgreSQL)");
}
