using Npgsql;

namespace BaliTimeline.Service.Tests.Compatibility;

/// <summary>
/// Marten's stream and event rows as JSON lines, one row per line in the table's own column names, and back: a store
/// written by one version of the code, carried to a fresh schema for another version to read.
/// </summary>
public static class StoredRows
{
    public static readonly string[] Tables = ["mt_streams", "mt_events"];

    public static async Task<IReadOnlyList<string>> ExportAsync(string connectionString, string schema, string table)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var order = table == "mt_events" ? "seq_id" : "id";
        await using var command = new NpgsqlCommand($"select to_jsonb(t)::text from {schema}.{table} t order by {order}", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync()) rows.Add(reader.GetString(0));
        return rows;
    }

    /// <summary>Inserts the rows as they were, sequence numbers and timestamps included, and moves the event sequence past them.</summary>
    public static async Task ImportAsync(string connectionString, string schema, string table, IEnumerable<string> rows)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        foreach (var row in rows)
        {
            await using var insert = new NpgsqlCommand($"insert into {schema}.{table} select * from jsonb_populate_record(null::{schema}.{table}, @row::jsonb)", connection, transaction);
            insert.Parameters.AddWithValue("row", row);
            await insert.ExecuteNonQueryAsync();
        }
        if (table == "mt_events")
        {
            await using var sequence = new NpgsqlCommand($"select setval('{schema}.mt_events_sequence', (select max(seq_id) from {schema}.mt_events))", connection, transaction);
            await sequence.ExecuteScalarAsync();
        }
        await transaction.CommitAsync();
    }
}
