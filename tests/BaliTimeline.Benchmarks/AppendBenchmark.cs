using System.Diagnostics;
using BaliTimeline.Corpus;
using BaliTimeline.EventStore.Documents;
using BaliTimeline.EventStore.Ingestion;

namespace BaliTimeline.Benchmarks;

/// <summary>What ingestion appended and the time spent inside the ingester (generating the documents not counted).</summary>
internal sealed record AppendResult(int Documents, long Events, TimeSpan Elapsed)
{
    public double EventsPerSecond => Events / Elapsed.TotalSeconds;
}

/// <summary>
/// Appends through the project's own path, <see cref="DocumentIngester.IngestAllAsync"/>: per document, extraction,
/// FetchForWriting, the decision, sealing and one SaveChanges with the inline projections, as `ingest` does.
/// </summary>
internal static class AppendBenchmark
{
    /// <summary>
    /// Documents go to the ingester in sets of at most this many: memory stays bounded at any N, and the identity check
    /// that precedes each set (one query for its keys) is amortised as it is when a folder is ingested.
    /// </summary>
    private const int SetSize = 500;

    /// <summary>
    /// Appends the seed's documents, in order, until the store holds at least <paramref name="targetEvents"/> events.
    /// The last sets are sized from the events a document makes on average, so the store ends just past the target.
    /// </summary>
    public static async Task<AppendResult> RunAsync(ScratchSchema schema, int seed, long targetEvents, double eventsPerDocument)
    {
        var ingester = new DocumentIngester(schema.Store);
        var (done, events, elapsed) = (0, 0L, TimeSpan.Zero);
        var sinceReport = Stopwatch.StartNew();
        while (events < targetEvents)
        {
            var size = (int)Math.Clamp(Math.Ceiling((targetEvents - events) / eventsPerDocument), 1, SetSize);
            var set = Enumerable.Range(done, size).Select(i => GeneratedSources.Of(CorpusGenerator.Document(seed, i))).ToArray();
            var clock = Stopwatch.StartNew();
            var results = await ingester.IngestAllAsync(set);
            elapsed += clock.Elapsed;
            if (results.FirstOrDefault(r => r.Outcome != IngestionOutcome.New) is { } odd)
            {
                throw new InvalidOperationException($"{odd.FileName} was {odd.Outcome}, not new: the scratch schema was not empty");
            }
            done += set.Length;
            events += results.Sum(r => (long)r.EventsAppended);
            if (sinceReport.Elapsed > TimeSpan.FromSeconds(10))
            {
                Progress.Say($"  appended {done:N0} documents, {events:N0}/{targetEvents:N0} events, {events / elapsed.TotalSeconds:N0} events/s");
                sinceReport.Restart();
            }
        }
        return new AppendResult(done, events, elapsed);
    }
}
