using BaliTimeline.Corpus;
using BaliTimeline.EventStore.Documents;
using BaliTimeline.EventStore.Ingestion;
using BaliTimeline.EventStore.Integrity;
using BaliTimeline.Extraction.Sources;
using BaliTimeline.Tests;

namespace BaliTimeline.EventStore.Tests;

/// <summary>
/// A collection larger than one batch (<see cref="DocumentIngester.BatchSize"/>): every document in a stream of its own,
/// in the order given, once however often or however concurrently it is ingested, with every chain intact.
/// </summary>
public sealed class BatchIngestionTests(PostgresServer server) : StoreTest(server)
{

    [Fact]
    public async Task a_collection_of_several_batches_ingested_three_times_at_once_is_stored_once()
    {
        var count = DocumentIngester.BatchSize * 2 + 7;
        foreach (var document in CorpusGenerator.Generate(seed: 11, count)) Folder.Write(Path.Combine("collection", document.FileName), document.Text);
        var sources = SourceDocumentReader.ReadAll(Path.Combine(Folder.Path, "collection"));
        var reported = new List<string>();

        var runs = await Task.WhenAll(
            new DocumentIngester(Database.Store).IngestAllAsync(sources, r => { lock (reported) reported.Add(r.FileName); }),
            new DocumentIngester(Database.Store).IngestAllAsync(sources),
            new DocumentIngester(Database.Store).IngestAllAsync(sources));
        var again = await new DocumentIngester(Database.Store).IngestAllAsync(sources);

        Assert.Equal(sources.Select(s => s.FileName), reported);
        Assert.All(runs, run => Assert.Equal(sources.Select(s => s.FileName), run.Select(r => r.FileName)));
        // Each document is new in exactly one of the racing runs and unchanged in the others.
        Assert.All(Enumerable.Range(0, count), i => Assert.Equal(1, runs.Count(run => run[i].Outcome == IngestionOutcome.New)));
        Assert.All(again, r => Assert.Equal((IngestionOutcome.Unchanged, 0), (r.Outcome, r.EventsAppended)));
        Assert.Equal(runs.SelectMany(run => run).Sum(r => (long)r.EventsAppended), await Database.EventCountAsync());
        await using var session = Database.Store.QuerySession();
        Assert.Equal(count, await Marten.QueryableExtensions.CountAsync(session.Query<DocumentSummary>()));
        var verification = await StoreVerifier.VerifyAsync(Database.Store);
        Assert.Equal((count, 0L, 0), (verification.Streams, verification.Unsealed, verification.Breaks.Count));
    }
}
