using System.Diagnostics;
using System.Globalization;
using BaliTimeline.Benchmarks;
using BaliTimeline.Tests;

// `generate DIR [SEED] [COUNT]` writes a generated corpus (DIR/docs, DIR/gold) and stops: no database needed.
if (args is ["generate", var corpusFolder, ..])
{
    var corpusSeed = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1;
    var corpusSize = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 1000;
    var generation = Stopwatch.StartNew();
    var written = BaliTimeline.Corpus.CorpusWriter.Write(corpusFolder, corpusSeed, corpusSize);
    Console.WriteLine($"{written.Documents} documents, {written.Events} expected events, {written.TextBytes / 1048576.0:0.0} MiB of text, "
        + $"{generation.Elapsed.TotalSeconds:0.0} s ({written.Documents / generation.Elapsed.TotalSeconds:0} documents/s) -> {corpusFolder}");
    return 0;
}

// `[--events N] [--seed S]`: the whole measurement at N/10 events and at N (README, "What it costs").
long events = 20_000;
var seed = 1;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--events" when i + 1 < args.Length && long.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var n) && n >= 10:
            events = n;
            i++;
            break;
        case "--seed" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var s):
            seed = s;
            i++;
            break;
        default:
            Console.Error.WriteLine($"error: unexpected '{args[i]}'. Usage: [--events N (at least 10)] [--seed S] | generate DIR [SEED] [COUNT]");
            return 1;
    }
}
var connection = Environment.GetEnvironmentVariable("BALI_TIMELINE_CONNECTION")
    ?? throw new InvalidOperationException("set BALI_TIMELINE_CONNECTION (ops/bench.sh does)");
var command = $"ops/bench.sh --events {events} --seed {seed}";

var machine = await Machine.DescribeAsync(connection);
Progress.Say($"{command} on {machine}");
const int sample = 300;
var sizing = CorpusSizing.Measure(seed, sample);
Progress.Say($"corpus seed {seed}: {sizing.EventsPerDocument:N2} events per document over its first {sample} documents; "
    + $"extraction alone {sizing.ExtractMillisecondsPerDocument:N2} ms per document on one thread");

Progress.Say("warming up on a few documents");
await SizeMeasurement.WarmUpAsync(connection, seed, sizing);
var tenth = await SizeMeasurement.RunAsync(connection, seed, events / 10, sizing);
var full = await SizeMeasurement.RunAsync(connection, seed, events, sizing);

ResultsTable.Print(Console.Out, command, machine, tenth, full);
Console.WriteLine();
Console.WriteLine($"corpus: seed {seed}, {sizing.EventsPerDocument:N2} events per document (first {sample} documents), "
    + $"extraction alone {sizing.ExtractMillisecondsPerDocument:N2} ms per document on one thread");
var results = Path.Combine(Repository.Root, "bench", "results", "latest.json");
ResultsJson.Write(results, command, machine, seed, sizing, tenth, full);
Console.WriteLine($"written: {Path.GetRelativePath(Repository.Root, results)}");
return 0;
