using BaliTimeline.Corpus;
using BaliTimeline.EventStore.Ingestion;
using BaliTimeline.EventStore.Integrity;
using BaliTimeline.EventStore.Rebuilds;
using BaliTimeline.Facts;
using BaliTimeline.Tests;

namespace BaliTimeline.EventStore.Tests;

/// <summary>
/// An event's shape changed the way users must change one: <see cref="MeetingHeld"/> gained its country, is stored
/// under a new name, and events of its first shape are upcast on read. A store written before the change (every
/// meeting in the first shape, no event sealed with its hash, as stores were then) reads as a store written after it.
/// </summary>
public sealed class EventShapeChangeTests(PostgresServer server) : StoreTest(server)
{
    private const string FirstShape = "meeting_held";

    private string statement = "";

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        statement = await IngestSeedsAndARevisionAsync();
        foreach (var document in CorpusGenerator.Generate(seed: 9, count: 100)) Folder.Write(Path.Combine("generated", document.FileName), document.Text);
        await new DocumentIngester(Database.Store).IngestPathAsync(Path.Combine(Folder.Path, "generated"));
    }

    /// <summary>The events as an earlier version stored them: its shape of a meeting (no country, the earlier name), no hashes.</summary>
    private async Task AsWrittenBeforeTheChangeAsync()
    {
        var stored = EventTypes.Of(typeof(MeetingHeld));
        Assert.Equal([FirstShape], stored.EarlierNames);
        await ExecuteAsync($"update {Database.Schema}.mt_events set type = '{FirstShape}', data = data - 'country' where type = '{stored.StoredName}'");
        await ExecuteAsync($"update {Database.Schema}.mt_events set headers = headers - '{EventChain.Header}'");
    }

    [Fact]
    public async Task views_rebuilt_from_events_of_the_first_shape_equal_the_views_the_second_shape_built()
    {
        var built = await ViewRowsAsync();
        Assert.Contains(built, row => row.Contains("\"country\": \"Thailand\""));
        await AsWrittenBeforeTheChangeAsync();
        Assert.True(await ScalarAsync($"select count(*) from {Database.Schema}.mt_events where type = '{FirstShape}'") > 100);

        await using (var rebuild = new ViewRebuild(Server.ConnectionString, Database.Schema))
        {
            await rebuild.PrepareAsync(fresh: true);
            await rebuild.CatchUpAsync();
            var comparison = await rebuild.FinishAsync(switchViews: true);
            Assert.True(comparison.Same, string.Join("; ", comparison.Differences.Take(5)));
        }

        Assert.Equal(built, await ViewRowsAsync());
    }

    [Fact]
    public async Task the_same_documents_read_again_append_nothing_and_a_revision_seals_onto_the_stored_rows()
    {
        await AsWrittenBeforeTheChangeAsync();
        var events = await Database.EventCountAsync();

        // An upcast meeting is the fact a new reading of its sentence states: nothing is retracted or added again.
        var ingester = new DocumentIngester(Database.Store);
        var again = (await ingester.IngestPathAsync(Repository.Seeds)).Concat(await ingester.IngestPathAsync(Path.Combine(Folder.Path, "generated")));
        Assert.All(again, result => Assert.Equal(0, result.EventsAppended));
        Assert.Equal(events, await Database.EventCountAsync());

        await using (var session = Database.Store.QuerySession())
        {
            var upcast = (await session.Events.FetchStreamAsync(Documents.DocumentKey.For(Path.GetFileName(Repository.Seed("000"))))).Select(e => e.Data).OfType<MeetingHeld>();
            Assert.Contains(upcast, m => m is { Location: "Bangkok, Thailand", Country: "Thailand" });
        }

        // A revision of a stream of unsealed first-shape rows chains onto the hash of those rows, not of their upcast form.
        File.WriteAllText(statement, AgencyCorrection.Undo(File.ReadAllText(statement)));
        Assert.True((await ingester.IngestPathAsync(statement)).Single().EventsAppended > 0);
        var verification = await StoreVerifier.VerifyAsync(Database.Store);
        Assert.Empty(verification.Breaks);
    }
}
