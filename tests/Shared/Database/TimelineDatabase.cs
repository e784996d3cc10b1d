using BaliTimeline.EventStore;
using BaliTimeline.EventStore.Queries;
using BaliTimeline.EventStore.Rebuilds;
using Marten;
using Npgsql;

namespace BaliTimeline.Tests;

/// <summary>A store in a schema of its own, dropped afterwards, so no test sees another's events.</summary>
public sealed class TimelineDatabase(PostgresServer server) : IAsyncDisposable
{
    public string Schema { get; } = "test_" + Guid.NewGuid().ToString("N")[..12];

    public DocumentStore Store => store ??= TimelineStore.Create(server.ConnectionString, Schema);

    private DocumentStore? store;

    /// <summary>The environment that points a CLI process at this store.</summary>
    public Dictionary<string, string?> CommandLineEnvironment => new()
    {
        [PostgresServer.ConnectionVariable] = server.ConnectionString,
        ["Timeline__Schema"] = Schema,
    };

    /// <summary>The questions' entry point on this store, with its high-water agent, stopped before the schema is dropped.</summary>
    public TimelineQueries Queries => queries ??= new TimelineQueries(Store);

    private TimelineQueries? queries;

    /// <summary>The events in document streams; Marten's own tombstones (sequence gaps left by failed appends) are not ours.</summary>
    public async Task<long> EventCountAsync()
    {
        await using var session = Store.QuerySession();
        return await session.Events.QueryAllRawEvents().Where(e => e.StreamKey != TimelineStore.MartenTombstoneStream).CountAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (queries is not null) await queries.DisposeAsync();
        store?.Dispose();
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        // A rebuild's copy of the views lives in a schema of its own beside the store's (ViewPlacement.Shadow).
        await using var drop = new NpgsqlCommand($"drop schema if exists {Schema} cascade; drop schema if exists {ViewPlacement.Shadow.SchemaFor(Schema)} cascade", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
