using System.Diagnostics;
using Npgsql;

namespace BaliTimeline.Benchmarks;

/// <summary>
/// The floor under any rebuild: every row of the event table, every column (the JSON bodies as text), streamed
/// through Npgsql in sequence order, as the daemon pages through it, with nothing done to a row but reading it.
/// </summary>
internal static class ScanBenchmark
{
    public static async Task<RowRate> RunAsync(ScratchSchema schema)
    {
        await using var connection = await schema.OpenAsync();
        var clock = Stopwatch.StartNew();
        await using var command = new NpgsqlCommand($"select * from {schema.Name}.mt_events order by seq_id", connection);
        await using var reader = await command.ExecuteReaderAsync(System.Data.CommandBehavior.SequentialAccess);
        var rows = 0L;
        var values = new object[reader.FieldCount];
        while (await reader.ReadAsync())
        {
            reader.GetValues(values);
            rows++;
        }
        return new RowRate(rows, clock.Elapsed);
    }
}
