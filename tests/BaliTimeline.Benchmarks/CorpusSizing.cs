using System.Diagnostics;
using BaliTimeline.Corpus;
using BaliTimeline.EventStore.Documents;

namespace BaliTimeline.Benchmarks;

/// <summary>
/// How many events a generated document makes once ingested (its registration plus one event per fact read), measured
/// on the first documents of the corpus without a database, so the corpus can be sized to reach a number of events
/// (in sets of documents, the last ones sized from this average).
/// The same pass times extraction alone, one document at a time on one thread: the CPU part of every append.
/// </summary>
internal sealed record CorpusSizing(int SampleDocuments, double EventsPerDocument, double ExtractMillisecondsPerDocument)
{
    public static CorpusSizing Measure(int seed, int sample)
    {
        var sources = CorpusGenerator.Generate(seed, sample).Select(GeneratedSources.Of).ToArray();
        // Warm up the extractor (JIT, regex construction) so the time is a steady-state cost.
        foreach (var source in sources.Take(50)) DocumentReading.Of(source);
        var events = 0L;
        var clock = Stopwatch.StartNew();
        foreach (var source in sources) events += DocumentDecider.Decide(null, DocumentReading.Of(source)).Events.Count;
        return new CorpusSizing(sample, (double)events / sample, clock.Elapsed.TotalMilliseconds / sample);
    }
}
