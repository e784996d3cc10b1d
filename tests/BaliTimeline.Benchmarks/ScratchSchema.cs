using BaliTimeline.EventStore;
using Marten;
using Npgsql;

namespace BaliTimeline.Benchmarks;

/// <summary>
/// A fresh schema holding the timeline's tables, for one measurement, dropped afterwards (also when the measurement
/// fails), so runs never see each other's rows and the database is left as it was found.
/// </summary>
internal sealed class ScratchSchema : IAsyncDisposable
{
    private ScratchSchema(string connection, string name)
    {
        Connection = connection;
        Name = name;
        Store = TimelineStore.Create(connection, name);
    }

    public string Connection { get; }

    public string Name { get; }

    public DocumentStore Store { get; }

    public static async Task<ScratchSchema> CreateAsync(string connection)
    {
        var schema = new ScratchSchema(connection, "bench_" + Guid.NewGuid().ToString("N")[..8]);
        // Every table up front, as db-apply does: the service runs in Production and never creates one.
        await schema.Store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        return schema;
    }

    public async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(Connection);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>A single value from SQL over this schema's tables (written with <c>{0}</c> for the schema).</summary>
    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(string.Format(System.Globalization.CultureInfo.InvariantCulture, sql, Name), connection);
        return (T)Convert.ChangeType((await command.ExecuteScalarAsync())!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        Store.Dispose();
        await using var connection = await OpenAsync();
        await using var drop = new NpgsqlCommand($"drop schema if exists {Name} cascade; drop schema if exists {EventStore.Rebuilds.ViewPlacement.Shadow.SchemaFor(Name)} cascade", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
