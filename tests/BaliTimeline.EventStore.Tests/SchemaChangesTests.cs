using BaliTimeline.EventStore.Documents;
using BaliTimeline.Tests;

namespace BaliTimeline.EventStore.Tests;

public sealed class SchemaChangesTests(PostgresServer server) : IAsyncLifetime
{
    private readonly TimelineDatabase database = new(server);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task processes_creating_one_fresh_schema_at_once_all_succeed_and_leave_it_complete()
    {
        // Four stores, as four development commands started together would each have.
        var stores = Enumerable.Range(0, 4).Select(_ => TimelineStore.Create(server.ConnectionString, database.Schema)).ToArray();
        try
        {
            await Task.WhenAll(stores.Select(s => Task.Run(() => SchemaChanges.ApplyAsync(s))));

            await database.Store.Storage.Database.AssertDatabaseMatchesConfigurationAsync();
        }
        finally
        {
            foreach (var store in stores) store.Dispose();
        }
    }
}
