using System.Diagnostics;
using Npgsql;

namespace BaliTimeline.Benchmarks;

/// <summary>
/// The floor under any append on this database: Npgsql's binary COPY of rows exactly like the stored events (the
/// event table's columns and types, the same JSON bodies and headers, copied from the stored rows) into a scratch
/// table with no index or constraint. Rows are read in chunks before each COPY, and only the COPY is timed.
/// </summary>
internal static class CopyBenchmark
{
    private const int Chunk = 20_000;

    public static async Task<RowRate> RunAsync(ScratchSchema schema)
    {
        await using var source = await schema.OpenAsync();
        await using var target = await schema.OpenAsync();
        var columns = await ColumnsAsync(source, schema.Name);
        await using (var create = new NpgsqlCommand($"create table {schema.Name}.bench_copy (like {schema.Name}.mt_events)", target))
        {
            await create.ExecuteNonQueryAsync();
        }
        var list = string.Join(", ", columns.Select(c => $"\"{c.Name}\""));
        var sequence = columns.FindIndex(c => c.Name == "seq_id");
        var (after, rows, elapsed) = (0L, 0L, TimeSpan.Zero);
        while (true)
        {
            var chunk = await ReadChunkAsync(source, $"select {list} from {schema.Name}.mt_events where seq_id > {after} order by seq_id limit {Chunk}");
            if (chunk.Count == 0) break;
            var clock = Stopwatch.StartNew();
            await using (var copy = await target.BeginBinaryImportAsync($"copy {schema.Name}.bench_copy ({list}) from stdin (format binary)"))
            {
                foreach (var row in chunk)
                {
                    await copy.StartRowAsync();
                    for (var i = 0; i < row.Length; i++)
                    {
                        if (row[i] is DBNull) await copy.WriteNullAsync();
                        else await copy.WriteAsync(row[i], columns[i].Type);
                    }
                }
                await copy.CompleteAsync();
            }
            elapsed += clock.Elapsed;
            rows += chunk.Count;
            after = (long)chunk[^1][sequence];
        }
        return new RowRate(rows, elapsed);
    }

    private static async Task<List<(string Name, string Type)>> ColumnsAsync(NpgsqlConnection connection, string schema)
    {
        await using var command = new NpgsqlCommand(
            "select column_name, udt_name from information_schema.columns where table_schema = @schema and table_name = 'mt_events' order by ordinal_position",
            connection);
        command.Parameters.AddWithValue("schema", schema);
        var columns = new List<(string, string)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) columns.Add((reader.GetString(0), reader.GetString(1)));
        return columns;
    }

    private static async Task<List<object[]>> ReadChunkAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object[]>();
        while (await reader.ReadAsync())
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            rows.Add(row);
        }
        return rows;
    }
}
