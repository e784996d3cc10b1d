using System.Diagnostics;
using System.Text.Json.Nodes;
using BaliTimeline.Corpus;
using BaliTimeline.EventStore.Ingestion;
using BaliTimeline.EventStore.Rebuilds;
using BaliTimeline.Tests;
using Npgsql;

namespace BaliTimeline.Service.Tests;

/// <summary>`rebuild` as an operator runs it: killed half-way, run again, it resumes and ends equal to the live views.</summary>
public sealed class RebuildCommandTests(PostgresServer server) : IAsyncLifetime
{
    private readonly TimelineDatabase database = new(server);
    private readonly TemporaryFolder folder = new();

    public async ValueTask InitializeAsync()
    {
        Assert.Equal(0, (await CommandLine.RunAsync(database.CommandLineEnvironment, "db-apply")).ExitCode);
        // Enough events that the copy is seen half-built: three pages of the bulk build and some.
        var count = 3 * BulkViewBuilder.Page / 6;
        foreach (var document in CorpusGenerator.Generate(seed: 9, count)) folder.Write(document.FileName, document.Text);
        await new DocumentIngester(database.Store).IngestPathAsync(folder.Path);
    }

    public async ValueTask DisposeAsync()
    {
        folder.Dispose();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task a_rebuild_killed_half_way_resumes_from_its_checkpoint_and_ends_equal_to_the_live_views()
    {
        var last = await ScalarAsync($"select max(seq_id) from {database.Schema}.mt_events");
        long halfWay;
        using (var killed = CommandLine.Start(database.CommandLineEnvironment, "rebuild"))
        {
            var deadline = Stopwatch.StartNew();
            while ((halfWay = await CheckpointAsync()) == 0)
            {
                if (killed.HasExited) Assert.Fail($"rebuild ended (exit {killed.ExitCode}) before it was seen half-way: {await killed.StandardError.ReadToEndAsync()}");
                Assert.True(deadline.Elapsed < TimeSpan.FromMinutes(1), "rebuild wrote no checkpoint within a minute");
                await Task.Delay(TimeSpan.FromMilliseconds(10));
            }
            killed.Kill(entireProcessTree: true);
            await killed.WaitForExitAsync();
        }
        Assert.InRange(halfWay, 1, last - 1);

        var resumed = await CommandLine.RunAsync(database.CommandLineEnvironment, "rebuild", "--json");

        Assert.True(resumed.ExitCode == 0, resumed.Error);
        var report = JsonNode.Parse(resumed.Output)!;
        Assert.InRange((long)report["started"]!, halfWay, last - 1);
        Assert.Equal(last, (long)report["sequence"]!);
        Assert.Empty(report["differences"]!.AsArray());
        var held = report["heldMs"]!.AsObject();
        Assert.Equal(["catch-up", "daemon stop", "comparison", "switch", "commit"], held.Select(step => step.Key));
        Assert.InRange((long)report["appendsHeldMs"]! - held.Sum(step => (long)step.Value!), 0, held.Count - 1);
        var compared = await CommandLine.RunAsync(database.CommandLineEnvironment, "rebuild", "--compare", "--fresh");
        Assert.True(compared.ExitCode == 0, compared.Error);
        Assert.Contains("compared: the same as the live views", compared.Output);
    }

    /// <summary>The lowest checkpoint of the rebuild's copy, 0 while any of its views has none.</summary>
    private async Task<long> CheckpointAsync() =>
        await ScalarAsync($"select case when count(*) = 2 then min(last_seq_id) else 0 end from {database.Schema}.mt_event_progression where name like '%Rebuild%'");

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync() ?? 0L);
    }
}
