using System.Diagnostics;
using BaliTimeline.EventStore.Views;
using BaliTimeline.Extraction.Documents;
using BaliTimeline.Tests;
using BaliTimeline.EventStore;
using BaliTimeline.EventStore.Ingestion;
using BaliTimeline.Extraction.Sources;
using BaliTimeline.EventStore.Queries;

// `generate DIR [SEED] [COUNT]` writes a generated corpus (DIR/docs, DIR/gold) and stops: no database needed.
if (args is ["generate", var corpusFolder, ..])
{
    var corpusSeed = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1;
    var corpusSize = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 1000;
    var generation = Stopwatch.StartNew();
    var written = BaliTimeline.Corpus.CorpusWriter.Write(corpusFolder, corpusSeed, corpusSize);
    Console.WriteLine($"{written.Documents} documents, {written.Events} expected events, {written.TextBytes / 1048576.0:0.0} MiB of text, "
        + $"{generation.Elapsed.TotalSeconds:0.0} s ({written.Documents / generation.Elapsed.TotalSeconds:0} documents/s) -> {corpusFolder}");
    return;
}

// Measures what the timeline costs at a size the seeds cannot show: N documents made from the seeds (each a seed
// with its dates shifted by whole years, so every one is a distinct text with the same genre and shape).
// Usage: dotnet run -c Release --project tests/BaliTimeline.Benchmarks -- [documents] (needs BALI_TIMELINE_CONNECTION)
var count = args.Length > 0 ? int.Parse(args[0]) : 1000;
var connection = Environment.GetEnvironmentVariable("BALI_TIMELINE_CONNECTION")
    ?? throw new InvalidOperationException("set BALI_TIMELINE_CONNECTION (ops/bench.sh does)");

var seeds = Directory.GetFiles(Repository.Seeds, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
var folder = Directory.CreateTempSubdirectory("bali-timeline-bench-").FullName;
for (var i = 0; i < count; i++)
{
    var shift = i / seeds.Length + 1;
    var text = System.Text.RegularExpressions.Regex.Replace(seeds[i % seeds.Length], @"\b(20\d\d)\b", m => (int.Parse(m.Value) + shift).ToString());
    File.WriteAllText(Path.Combine(folder, $"bench-{i:D5}.txt"), text);
}
var sources = SourceDocumentReader.ReadAll(folder);
var bytes = sources.Sum(s => (long)s.Text.Length);

// Warm up (JIT, regex construction) so the figures are steady-state costs.
foreach (var s in sources.Take(50)) DocumentExtractor.Extract(s.FileName, s.Text, s.Metadata);
// One core, one document at a time: the time of each, for its median.
var perDocument = new List<double>(sources.Count);
var facts = 0;
var clock = Stopwatch.StartNew();
foreach (var s in sources)
{
    var started = clock.Elapsed;
    facts += DocumentExtractor.Extract(s.FileName, s.Text, s.Metadata).Facts.Count;
    perDocument.Add((clock.Elapsed - started).TotalMilliseconds);
}
var extraction = clock.Elapsed;
perDocument.Sort();

var schema = "bench_" + Guid.NewGuid().ToString("N")[..8];
using var store = TimelineStore.Create(connection, schema);
await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
clock.Restart();
await new DocumentIngester(store).IngestAllAsync(sources);
var ingestion = clock.Elapsed;
clock.Restart();
await new DocumentIngester(store).IngestAllAsync(sources);
var reingestion = clock.Elapsed;

await using var queries = new TimelineQueries(store);
clock.Restart();
const int questions = 20;
var tip = BodyDirectory.Find("TIPWG")!;
for (var i = 0; i < questions; i++) await queries.AskAsync(TimelineQuestion.Parse("2030", null, null, DateTimeOffset.UtcNow), CoChairRegister.Scope(tip), facts => CoChairRegister.Answer(facts, tip, new DateOnly(2030, 12, 31)));
var question = clock.Elapsed / questions;

await using (var session = store.LightweightSession())
{
    session.QueueSqlCommand($"drop schema {schema} cascade");
    await session.SaveChangesAsync();
}
Directory.Delete(folder, recursive: true);

Console.WriteLine($"documents            {count} ({bytes / 1024.0:N0} KiB of text), {facts} facts");
Console.WriteLine($"extract (no db)      {extraction.TotalMilliseconds:N0} ms, {count / extraction.TotalSeconds:N0} documents/s; per document median {perDocument[perDocument.Count / 2]:N2} ms, p90 {perDocument[perDocument.Count * 9 / 10]:N2} ms");
Console.WriteLine($"ingest (new)         {ingestion.TotalMilliseconds:N0} ms, {count / ingestion.TotalSeconds:N0} documents/s");
Console.WriteLine($"ingest (unchanged)   {reingestion.TotalMilliseconds:N0} ms, {count / reingestion.TotalSeconds:N0} documents/s");
Console.WriteLine($"co-chairs question   {question.TotalMilliseconds:N1} ms each over {facts} facts");
Console.WriteLine($"peak working set     {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024):N0} MiB");
