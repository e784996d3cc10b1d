using BaliTimeline.EventStore.Ingestion;

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

    /// <summary>
    /// The seeds, then seed 003 again as statement.txt and a revision of it that names another agency as co-chair, so
    /// that the ledger holds retracted facts. Returns the statement's path.
    /// </summary>
    protected async Task<string> IngestSeedsAndARevisionAsync()
    {
        var ingester = new DocumentIngester(Database.Store);
        await ingester.IngestPathAsync(Repository.Seeds);
        var statement = File.ReadAllText(Repository.Seed("003"));
        var path = Folder.Write("statement.txt", statement);
        await ingester.IngestPathAsync(path);
        File.WriteAllText(path, statement.Replace("the Australian Border Force co-chaired", "the Australian Department of Home Affairs co-chaired"));
        await ingester.IngestPathAsync(path);
        return path;
    }

    public virtual async ValueTask DisposeAsync()
    {
        Folder.Dispose();
        await Database.DisposeAsync();
    }
}
