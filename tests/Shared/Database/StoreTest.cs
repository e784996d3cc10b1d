namespace BaliTimeline.Tests;

/// <summary>
/// A test class with a store of its own, its schema created up front as `db-apply` does, and a folder for its input
/// files; both are removed afterwards.
/// </summary>
public abstract class StoreTest(PostgresServer server) : IAsyncLifetime
{
    protected PostgresServer Server { get; } = server;

    protected TimelineDatabase Database { get; } = new(server);

    protected TemporaryFolder Folder { get; } = new();

    public virtual async ValueTask InitializeAsync() => await Database.Store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();

    public virtual async ValueTask DisposeAsync()
    {
        Folder.Dispose();
        await Database.DisposeAsync();
    }
}
