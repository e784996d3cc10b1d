using System.Text.Json.Nodes;
using BaliTimeline.Tests;
using Npgsql;

namespace BaliTimeline.Service.Tests;

/// <summary>
/// Tamper evidence as an auditor uses it: `verify` on an untouched store exits 0 and prints the digest; after any
/// single-row change to the events table it exits non-zero and names the stream and the sequence, and a digest kept
/// from before no longer matches.
/// </summary>
public sealed class VerifyTests(PostgresServer server) : IAsyncLifetime
{
    private readonly TimelineDatabase database = new(server);

    private Dictionary<string, string?> WithDatabase => database.CommandLineEnvironment;

    public async ValueTask InitializeAsync()
    {
        Assert.Equal(0, (await CommandLine.RunAsync(WithDatabase, "db-apply")).ExitCode);
        Assert.Equal(0, (await CommandLine.RunAsync(WithDatabase, "ingest", Repository.Seeds)).ExitCode);
    }

    public ValueTask DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task an_untouched_store_is_intact_and_its_digest_is_the_same_each_time()
    {
        var first = await CommandLine.RunAsync(WithDatabase, "verify");
        var second = await CommandLine.RunAsync(WithDatabase, "verify", "--digest", Digest(first));

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.Contains("5 streams, 46 events: intact", first.Output);
        Assert.Matches("^[0-9a-f]{64}$", Digest(first));
        Assert.Equal(Digest(first), Digest(second));
    }

    [Fact]
    public async Task an_answer_s_watermark_gives_the_digest_the_store_had_then_however_much_is_added_later()
    {
        var then = await CommandLine.RunAsync(WithDatabase, "verify");
        var answer = await CommandLine.RunAsync(WithDatabase, "guides", "--json");
        var watermark = (long)JsonNode.Parse(answer.Output)!["recordedTime"]!["watermark"]!;
        using var folder = new TemporaryFolder();
        Assert.Equal(0, (await CommandLine.RunAsync(WithDatabase, "ingest", folder.Write("later.txt", File.ReadAllText(Repository.Seed("003"))))).ExitCode);

        var now = await CommandLine.RunAsync(WithDatabase, "verify");
        var atWatermark = await CommandLine.RunAsync(WithDatabase, "verify", "--watermark", watermark.ToString(), "--digest", Digest(then));

        Assert.NotEqual(Digest(then), Digest(now));
        Assert.Equal(0, atWatermark.ExitCode);
        Assert.Contains($"5 streams, 46 events up to watermark {watermark}: intact", atWatermark.Output);
        Assert.Equal(Digest(then), Digest(atWatermark));
    }

    public static TheoryData<string, string> Changes => new()
    {
        { "a fact's field changed", "update {0}.mt_events set data = jsonb_set(data, '{{body}}', '\"Ad Hoc Group\"') where seq_id = {1}" },
        { "a field added", "update {0}.mt_events set data = data || '{{\"note\": \"added later\"}}' where seq_id = {1}" },
        { "the type changed", "update {0}.mt_events set type = 'guide_status_noted' where seq_id = {1}" },
        { "the version changed", "update {0}.mt_events set version = version + 100 where seq_id = {1}" },
        { "the hash replaced", "update {0}.mt_events set headers = '{{\"hash\": \"00\"}}' where seq_id = {1}" },
        { "the hash removed", "update {0}.mt_events set headers = null where seq_id = {1}" },
        { "the event deleted", "delete from {0}.mt_events where seq_id = {1}" },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task any_single_row_change_breaks_the_chain_at_that_stream_and_sequence(string change, string sql)
    {
        var kept = Digest(await CommandLine.RunAsync(WithDatabase, "verify"));
        var (stream, sequence) = await MiddleEventAsync();
        await ExecuteAsync(string.Format(sql, database.Schema, sequence));

        var verify = await CommandLine.RunAsync(WithDatabase, "verify");
        var withDigest = await CommandLine.RunAsync(WithDatabase, "verify", "--digest", kept);

        Assert.True(verify.ExitCode != 0, change);
        Assert.Contains($"broken: stream {stream}, sequence", verify.Error);
        Assert.NotEqual(0, withDigest.ExitCode);
        Assert.Contains("BROKEN", verify.Output);
    }

    [Fact]
    public async Task removing_a_streams_last_event_is_seen_against_a_kept_digest()
    {
        var kept = Digest(await CommandLine.RunAsync(WithDatabase, "verify"));
        await ExecuteAsync($"delete from {database.Schema}.mt_events where seq_id = (select max(seq_id) from {database.Schema}.mt_events)");

        var verify = await CommandLine.RunAsync(WithDatabase, "verify", "--digest", kept);

        Assert.NotEqual(0, verify.ExitCode);
        Assert.Contains("events were changed, removed or added since that digest", verify.Error);
    }

    [Fact]
    public async Task the_documents_are_checked_against_the_store_their_text_and_every_quote()
    {
        using var folder = new TemporaryFolder();
        foreach (var seed in Directory.GetFiles(Repository.Seeds)) File.Copy(seed, Path.Combine(folder.Path, Path.GetFileName(seed)));
        var edited = Path.Combine(folder.Path, "003_13f869a57a0fdb6a.txt");

        var untouched = await CommandLine.RunAsync(WithDatabase, "verify", "--documents", folder.Path);
        File.AppendAllText(edited, "\nA sentence added after the document was read.\n");
        var fileChanged = await CommandLine.RunAsync(WithDatabase, "verify", "--documents", folder.Path);
        File.Copy(Repository.Seed("003"), edited, overwrite: true);
        var (stream, sequence) = await MiddleEventAsync();
        await ExecuteAsync($"update {database.Schema}.mt_events set data = jsonb_set(data, '{{evidence,quote}}', '\"The Co-Chairs endorsed nothing.\"') where seq_id = {sequence}");
        var quoteChanged = await CommandLine.RunAsync(WithDatabase, "verify", "--documents", folder.Path);

        Assert.Equal(0, untouched.ExitCode);
        Assert.Matches(@"evidence: 5 documents, \d+ facts: every quote is in its document", untouched.Output);
        Assert.NotEqual(0, fileChanged.ExitCode);
        Assert.Contains($"broken: stream 003_13f869a57a0fdb6a, {edited}: the file is not the text the stream last read", fileChanged.Error);
        Assert.NotEqual(0, quoteChanged.ExitCode);
        Assert.Contains($"broken: stream {stream}, ", quoteChanged.Error);
        Assert.Contains("quotes \"The Co-Chairs endorsed nothing.\", which the document does not say", quoteChanged.Error);
    }

    private static string Digest(CommandLine.Run run) => run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1].Split(' ')[^1];

    /// <summary>A fact in the middle of the first stream: neither its first event nor its last.</summary>
    private async Task<(string Stream, long Sequence)> MiddleEventAsync()
    {
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand(
            $"select stream_id, seq_id from {database.Schema}.mt_events where stream_id = '000_5a3cddb5e2e22b48' and version = 4", connection);
        await using var row = await query.ExecuteReaderAsync();
        Assert.True(await row.ReadAsync());
        return (row.GetString(0), row.GetInt64(1));
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }
}
