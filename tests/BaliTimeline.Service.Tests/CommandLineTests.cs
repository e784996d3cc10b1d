using System.Text.Json.Nodes;
using BaliTimeline.Tests;

namespace BaliTimeline.Service.Tests;

/// <summary>The CLI end to end, as a user or a script runs it: output shapes, exit codes, one-line errors.</summary>
public sealed class CommandLineTests(PostgresServer server) : IAsyncLifetime
{
    private readonly TimelineDatabase database = new(server);
    private readonly TemporaryFolder folder = new();

    private Dictionary<string, string?> WithDatabase => database.CommandLineEnvironment;

    /// <summary>As ops/run.sh does: a production command never creates the schema.</summary>
    public async ValueTask InitializeAsync() => Assert.Equal(0, (await CommandLine.RunAsync(WithDatabase, "db-apply")).ExitCode);

    public async ValueTask DisposeAsync()
    {
        folder.Dispose();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task extract_prints_the_documented_json_for_every_seed_without_any_database()
    {
        var run = await CommandLine.RunAsync(new Dictionary<string, string?> { [PostgresServer.ConnectionVariable] = null }, "extract", Repository.Seeds, "--json");

        Assert.Equal(0, run.ExitCode);
        var documents = JsonNode.Parse(run.Output)!.AsArray();
        Assert.Equal(Directory.GetFiles(Repository.Seeds, "*.txt").Select(Path.GetFileName).Order(), documents.Select(d => (string)d!["document"]!));
        Assert.All(documents, d =>
        {
            Assert.Equal("DocumentRegistered", (string)d!["events"]![0]!["type"]!);
            Assert.NotNull(d["skipped"]!.AsArray());
        });
        var first = documents[0]!["events"]!.AsArray();
        var meeting = first.First(e => (string)e!["type"]! == "MeetingHeld")!;
        Assert.Equal(("2018-05-16", "Working Group on Trafficking in Persons", 4), ((string)meeting["date"]!, (string)meeting["body"]!, (int)meeting["ordinal"]!));
        Assert.StartsWith("On 16 May 2018,", (string)meeting["evidence"]!["quote"]!);
        Assert.Contains(first, e => (string?)e!["date"] == "2018-05-14/2018-05-15");
        Assert.Contains(first, e => (string?)e!["date"] == "../2018-05-16");
    }

    [Fact]
    public async Task ingest_run_twice_appends_nothing_the_second_time_and_events_shows_the_provenance()
    {
        var first = await CommandLine.RunAsync(WithDatabase, "ingest", Repository.Seeds, "--json");
        var second = await CommandLine.RunAsync(WithDatabase, "ingest", Repository.Seeds, "--json");
        var events = await CommandLine.RunAsync(WithDatabase, "events", "003_13f869a57a0fdb6a.txt", "--json");

        Assert.Equal((0, 0, 0), (first.ExitCode, second.ExitCode, events.ExitCode));
        Assert.All(JsonNode.Parse(first.Output)!.AsArray(), r => Assert.Equal("New", (string)r!["outcome"]!));
        Assert.All(JsonNode.Parse(second.Output)!.AsArray(), r => Assert.Equal(("Unchanged", 0), ((string)r!["outcome"]!, (int)r["eventsAppended"]!)));
        var borderForce = JsonNode.Parse(events.Output)!.AsArray().Select(e => e!["event"]!).Single(e => (string?)e["agency"] == "Australian Border Force");
        Assert.Equal(("CoChairChanged", "2020-11-10"), ((string)borderForce["type"]!, (string)borderForce["effectiveFrom"]!));
        Assert.Contains("Australian Border Force co-chaired", (string)borderForce["evidence"]!["quote"]!);
    }

    [Fact]
    public async Task bad_input_exits_non_zero_with_one_line_naming_the_input_and_the_reason()
    {
        var missing = Path.Combine(folder.Path, "missing");
        var empty = folder.Write("empty.txt", "");

        var noFolder = await CommandLine.RunAsync(WithDatabase, "ingest", missing);
        var emptyFile = await CommandLine.RunAsync(WithDatabase, "ingest", empty);
        var noStream = await CommandLine.RunAsync(WithDatabase, "events", "never-ingested");

        Assert.Equal($"error: {missing}: no such file or folder", LastLine(noFolder));
        Assert.Equal($"error: {empty}: the file is empty", LastLine(emptyFile));
        Assert.Equal("error: never-ingested: no stream 'never-ingested' in the store (ingest it first)", LastLine(noStream));
        Assert.All([noFolder, emptyFile, noStream], r => Assert.NotEqual(0, r.ExitCode));
        var withoutDatabase = await CommandLine.RunAsync(new Dictionary<string, string?> { [PostgresServer.ConnectionVariable] = null }, "ingest", empty);
        Assert.Equal($"error: {empty}: the file is empty", LastLine(withoutDatabase));
        Assert.Equal(0, await database.EventCountAsync());
    }

    [Fact]
    public async Task a_command_s_help_is_a_success_and_a_usage_error_goes_to_stderr()
    {
        var noDatabase = new Dictionary<string, string?> { [PostgresServer.ConnectionVariable] = null };

        var help = await CommandLine.RunAsync(noDatabase, "help", "ingest");
        var flag = await CommandLine.RunAsync(noDatabase, "ingest", "--help");
        var badFlag = await CommandLine.RunAsync(noDatabase, "ingest", "seeds", "--bogus");
        var unknown = await CommandLine.RunAsync(noDatabase, "nosuch");
        var commands = await CommandLine.RunAsync(noDatabase, "help");
        var rootFlag = await CommandLine.RunAsync(noDatabase, "--help");

        Assert.Equal(0, help.ExitCode);
        Assert.Equal(0, commands.ExitCode);
        Assert.Contains("rebuild", commands.Output);
        Assert.Equal((0, commands.Output), (rootFlag.ExitCode, rootFlag.Output));
        Assert.Contains("--revise", help.Output);
        Assert.Equal((0, help.Output), (flag.ExitCode, flag.Output));
        Assert.Equal((1, ""), (badFlag.ExitCode, badFlag.Output.Trim()));
        Assert.Contains("--bogus", badFlag.Error);
        Assert.Equal((1, ""), (unknown.ExitCode, unknown.Output.Trim()));
        Assert.Contains("'nosuch' is not a command", unknown.Error);
    }

    [Fact]
    public async Task a_report_of_the_same_name_from_another_folder_replaces_nothing_unless_ingest_is_told_it_is_a_revision()
    {
        await CommandLine.RunAsync(WithDatabase, "ingest", folder.Write("2018/report.txt", File.ReadAllText(Repository.Seed("000"))));
        var other = folder.Write("2019/report.txt", File.ReadAllText(Repository.Seed("001")));
        var before = await database.EventCountAsync();

        var refused = await CommandLine.RunAsync(WithDatabase, "ingest", other);
        Assert.Equal(before, await database.EventCountAsync());
        var revised = await CommandLine.RunAsync(WithDatabase, "ingest", other, "--revise");

        Assert.Equal(1, refused.ExitCode);
        Assert.StartsWith($"error: {other}: its stream 'report' holds another text read from ", LastLine(refused));
        Assert.Equal(0, revised.ExitCode);
        Assert.Contains("1 revised", revised.Output);
    }

    [Fact]
    public async Task the_auditors_questions_answer_on_the_command_line_with_their_axes()
    {
        await CommandLine.RunAsync(WithDatabase, "ingest", Repository.Seeds);

        var endorsed = await CommandLine.RunAsync(WithDatabase, "endorsed", "--as-of", "2019", "--json");
        var coChairs = await CommandLine.RunAsync(WithDatabase, "co-chairs", "WG-TIP", "--as-of", "2018-06-30", "--json");
        var table = await CommandLine.RunAsync(WithDatabase, "co-chairs", "TIPWG", "--as-of", "2021");
        var badDate = await CommandLine.RunAsync(WithDatabase, "work-plans", "--as-of", "2020-02-30");
        var backwards = await CommandLine.RunAsync(WithDatabase, "timeline", "--from", "2020", "--to", "2019");

        var guide = JsonNode.Parse(endorsed.Output)!["answer"]!.AsArray().First()!;
        Assert.Equal(("Endorsed", "Certain"), ((string)guide["status"]!, (string)guide["certainty"]!));
        Assert.Equal(["Australia: Department of Home Affairs", "Indonesia: Ministry of Foreign Affairs"],
            JsonNode.Parse(coChairs.Output)!["answer"]!["current"]!.AsArray().Select(s => $"{s!["member"]}: {s["agency"]}"));
        Assert.Contains("Australian Border Force", table.Output);
        Assert.StartsWith("as of 2021-12-31, watermark ", table.Output);
        Assert.Equal((1, "error: --as-of: '2020-02-30' is not a date: use YYYY-MM-DD, YYYY-MM or YYYY"), (badDate.ExitCode, LastLine(badDate)));
        Assert.Equal((1, "error: --to: 2019-12-31 is before --from (2020-01-01)"), (backwards.ExitCode, LastLine(backwards)));
    }

    private static string LastLine(CommandLine.Run run) => run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];

    [Fact]
    public async Task ingestions_racing_on_the_same_documents_all_succeed_without_a_stack_trace()
    {
        var runs = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => CommandLine.RunAsync(WithDatabase, "ingest", Repository.Seeds)));

        Assert.All(runs, run => Assert.True(run.ExitCode == 0, run.Error));
        Assert.All(runs, run => Assert.DoesNotContain("   at ", run.Error));
        Assert.Equal(46, await database.EventCountAsync());
    }
}
