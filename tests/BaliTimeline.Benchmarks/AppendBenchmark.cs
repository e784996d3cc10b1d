using System.Diagnostics;
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
    /// Documents go to the ingester in sets of this many: memory stays bounded at any N, and the identity check that
    /// precedes each set (one query for its keys) is amortised as it is when a folder is ingested.
    /// </summary>
    private const int SetSize = 500;

    public static async Task<AppendResult> RunAsync(ScratchSchema schema, int seed, int documents)
    {
        var ingester = new DocumentIngester(schema.Store);
        var (done, events, elapsed) = (0, 0L, TimeSpan.Zero);
        var sinceReport = Stopwatch.StartNew();
        foreach (var set in GeneratedSources.Batches(seed, documents, SetSize))
        {
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
                Progress.Say($"  appended {done:N0}/{documents:N0} documents, {events:N0} events, {events / elapsed.TotalSeconds:N0} events/s");
                sinceReport.Restart();
            }
        }
        return new AppendResult(done, events, elapsed);
    }
}
