using BaliTimeline.EventStore.Ingestion;
using Npgsql;

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
        File.WriteAllText(path, AgencyCorrection.Apply(statement));
        await ingester.IngestPathAsync(path);
        return path;
    }

    /// <summary>Every row of the views (the fact ledger, then the stream summaries), as stored, in id order.</summary>
    protected async Task<List<string>> ViewRowsAsync()
    {
        var rows = new List<string>();
        foreach (var table in new[] { "mt_doc_factrecord", "mt_doc_documentsummary" })
        {
            await using var connection = new NpgsqlConnection(Server.ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"select id::text || ' ' || data::text from {Database.Schema}.{table} order by id", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) rows.Add(reader.GetString(0));
        }
        return rows;
    }

    protected async Task<long> ScalarAsync(string sql) => Convert.ToInt64(await QueryAsync(sql));

    protected async Task<string> ScalarTextAsync(string sql) => (string)(await QueryAsync(sql))!;

    protected async Task ExecuteAsync(string sql) => await QueryAsync(sql);

    private async Task<object?> QueryAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    public virtual async ValueTask DisposeAsync()
    {
        Folder.Dispose();
        await Database.DisposeAsync();
    }
}
