using BaliTimeline.Corpus;
using BaliTimeline.EventStore.Ingestion;
using BaliTimeline.EventStore.Rebuilds;
using BaliTimeline.Tests;

namespace BaliTimeline.EventStore.Tests;

/// <summary>
/// A blue/green rebuild: the copy is built beside the live views, compared with them at one event, and switched in one
/// transaction; a copy stopped half-way resumes. Questions asked during a rebuild: RebuildWhileServingTests.
/// </summary>
public sealed class ViewRebuildTests(PostgresServer server) : StoreTest(server)
{

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        // A revision retracts facts: the ledger's rows are patched as well as inserted.
        await IngestSeedsAndARevisionAsync();
        foreach (var document in CorpusGenerator.Generate(seed: 5, count: 200)) Folder.Write(Path.Combine("generated", document.FileName), document.Text);
        await new DocumentIngester(Database.Store).IngestPathAsync(Path.Combine(Folder.Path, "generated"));
    }

    private ViewRebuild Rebuild() => new(Server.ConnectionString, Database.Schema);

    [Fact]
    public async Task a_rebuild_switches_in_a_copy_equal_to_the_live_views_and_the_store_goes_on()
    {
        List<string> before;
        await using (var rebuild = Rebuild())
        {
            Assert.Equal(0, await rebuild.PrepareAsync());
            await rebuild.CatchUpAsync();
            // Appended after the bulk build: the daemon takes them into the copy before the switch.
            var late = CorpusGenerator.Document(seed: 5, index: 201);
            await new DocumentIngester(Database.Store).IngestPathAsync(Folder.Write(late.FileName, late.Text));
            before = await ViewRowsAsync();
            var comparison = await rebuild.FinishAsync(switchViews: true);
            Assert.True(comparison.Same, string.Join("; ", comparison.Differences));
            Assert.Equal(await Database.EventCountAsync(), comparison.Sequence - await TombstonesAsync());
        }

        Assert.Equal(before, await ViewRowsAsync());
        await Database.Store.Storage.Database.AssertDatabaseMatchesConfigurationAsync();
        // Neither the copy's schema nor the replaced views are left behind.
        Assert.Equal(0L, await ScalarAsync($"select count(*) from information_schema.schemata where schema_name like '{ViewPlacement.Shadow.SchemaFor(Database.Schema)}%'"));
        // The switched-in tables take the next appends, inline, as the old ones did.
        var next = CorpusGenerator.Document(seed: 5, index: 200);
        await new DocumentIngester(Database.Store).IngestPathAsync(Folder.Write(next.FileName, next.Text));
        var key = Documents.DocumentKey.For(next.FileName);
        await using var session = Database.Store.QuerySession();
        var summary = await session.LoadAsync<Documents.DocumentSummary>(key);
        Assert.True(summary is { Facts: > 0 }, $"{key} has no summary with facts");
        Assert.Equal(summary.Facts, await ScalarAsync($"select count(*) from {Database.Schema}.mt_doc_factrecord where data ->> 'stream' = '{key}'"));
    }

    [Fact]
    public async Task a_comparison_names_every_row_the_live_views_hold_otherwise_and_a_rebuild_mends_them()
    {
        var (changed, removed) = (await ScalarTextAsync($"select id::text from {Database.Schema}.mt_doc_factrecord order by id limit 1"),
            await ScalarTextAsync($"select id::text from {Database.Schema}.mt_doc_factrecord order by id desc limit 1"));
        await ExecuteAsync($"update {Database.Schema}.mt_doc_factrecord set data = jsonb_set(data, '{{fact,evidence,quote}}', '\"not what the document says\"') where id = '{changed}'");
        await ExecuteAsync($"delete from {Database.Schema}.mt_doc_factrecord where id = '{removed}'");

        ViewComparison comparison;
        await using (var compare = Rebuild())
        {
            await compare.PrepareAsync();
            await compare.CatchUpAsync();
            comparison = await compare.FinishAsync(switchViews: false);
        }

        Assert.Equal([(changed, "differs"), (removed, "only in the rebuilt view")], comparison.Differences.Select(d => (d.Id, d.How)).Order().ToArray());
        Assert.All(comparison.Differences, d => Assert.Equal("mt_doc_factrecord", d.Table));
        await using (var rebuild = Rebuild())
        {
            // The comparison's copy is kept, caught up: the rebuild starts from it, not from the first event.
            Assert.Equal(comparison.Sequence, await rebuild.PrepareAsync());
            Assert.Equal(comparison.Differences, (await rebuild.FinishAsync(switchViews: true)).Differences);
        }
        await using (var again = Rebuild())
        {
            await again.PrepareAsync();
            Assert.True((await again.FinishAsync(switchViews: false)).Same);
        }
    }

    [Fact]
    public async Task a_row_that_appends_touch_while_the_copy_is_compared_is_compared_as_it_is_at_the_switch()
    {
        await using var rebuild = Rebuild();
        await rebuild.PrepareAsync();
        await rebuild.CatchUpAsync();
        // A live row made wrong, then closed by a revision appended before the switch: the appends touch it.
        var path = Path.Combine(Folder.Path, "statement.txt");
        var stream = Documents.DocumentKey.For("statement.txt");
        var wrong = await ScalarTextAsync($"select id::text from {Database.Schema}.mt_doc_factrecord where data ->> 'stream' = '{stream}' and data ->> 'retractedAt' is null and data -> 'fact' ->> 'agency' like '%Home Affairs%'");
        await ExecuteAsync($"update {Database.Schema}.mt_doc_factrecord set data = jsonb_set(data, '{{fact,evidence,quote}}', '\"not what the document says\"') where id = '{wrong}'");
        File.WriteAllText(path, AgencyCorrection.Undo(File.ReadAllText(path)));
        await new DocumentIngester(Database.Store).IngestPathAsync(path);

        var comparison = await rebuild.FinishAsync(switchViews: false);

        Assert.Equal([(wrong, "differs")], comparison.Differences.Select(d => (d.Id, d.How)).ToArray());
        Assert.Equal(await ScalarAsync($"select max(seq_id) from {Database.Schema}.mt_events"), comparison.Sequence);
    }

    [Fact]
    public async Task a_copy_stopped_after_writing_rows_past_its_checkpoint_is_redone_from_the_checkpoint_without_counting_anything_twice()
    {
        await using (var first = Rebuild())
        {
            await first.PrepareAsync();
            await first.CatchUpAsync();
        }
        // As if the process died between writing a page's rows and moving its checkpoint: rows past the checkpoint,
        // summaries counting events after it.
        var checkpoint = await ScalarAsync($"select max(seq_id) / 2 from {Database.Schema}.mt_events");
        await ExecuteAsync($"update {Database.Schema}.mt_event_progression set last_seq_id = {checkpoint} where name like '%Rebuild%'");

        await using var resumed = Rebuild();
        Assert.Equal(checkpoint, await resumed.PrepareAsync());
        await resumed.CatchUpAsync();
        var comparison = await resumed.FinishAsync(switchViews: false);

        Assert.True(comparison.Same, string.Join("; ", comparison.Differences.Take(5)));
    }

    [Fact]
    public async Task a_second_rebuild_of_the_same_store_is_refused_while_the_first_runs_and_can_start_after_it()
    {
        await using (var first = Rebuild())
        {
            await first.PrepareAsync();
            await using var second = Rebuild();
            var refused = await Assert.ThrowsAsync<RebuildException>(() => second.PrepareAsync());
            Assert.Contains("another rebuild", refused.Message);
        }
        await using var after = Rebuild();
        await after.PrepareAsync();
    }

    private async Task<long> TombstonesAsync() =>
        await ScalarAsync($"select count(*) from {Database.Schema}.mt_events where stream_id = '{TimelineStore.MartenTombstoneStream}'");
}
