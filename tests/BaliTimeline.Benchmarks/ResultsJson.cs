using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BaliTimeline.Benchmarks;

/// <summary>
/// bench/results/latest.json: the figures at N as top-level keys (for scripts that compare runs), the figures at
/// N/10 under "tenth", each figure's growth under "growth", and the command, the corpus and the machine. A figure that
/// could not be measured (a question kind left out of the mix) is null.
/// </summary>
internal static class ResultsJson
{
    public static void Write(string path, string command, Machine machine, int seed, CorpusSizing sizing, SizeResult tenth, SizeResult full)
    {
        var root = new JsonObject
        {
            ["command"] = command,
            ["measured_at"] = DateTimeOffset.UtcNow.ToString("O"),
            ["events_requested"] = full.RequestedEvents,
        };
        foreach (var figure in full.Figures) root[figure.Key] = Value(figure.Value);
        root["questions_left_out"] = new JsonArray(full.LeftOut.Select(k => (JsonNode?)k).ToArray());
        var small = Object(tenth.Figures.Select(f => (f.Key, f.Value)));
        small["events_requested"] = tenth.RequestedEvents;
        small["questions_left_out"] = new JsonArray(tenth.LeftOut.Select(k => (JsonNode?)k).ToArray());
        root["tenth"] = small;
        root["growth"] = Object(full.Figures.Select(f => (f.Key, ResultsTable.GrowthOf(tenth, full, f))));
        root["question_limit_s"] = HttpQuestionBenchmark.Limit.TotalSeconds;
        root["corpus"] = new JsonObject
        {
            ["seed"] = seed,
            ["sample_documents"] = sizing.SampleDocuments,
            ["events_per_document"] = Value(sizing.EventsPerDocument),
            ["extract_ms_per_document"] = Value(sizing.ExtractMillisecondsPerDocument),
        };
        root["machine"] = new JsonObject
        {
            ["cores"] = machine.Cores,
            ["cpu"] = machine.Cpu,
            ["memory_gib"] = Value(machine.MemoryGiB),
            ["postgresql"] = machine.PostgreSql,
            ["os"] = machine.Os,
            ["runtime"] = machine.Runtime,
            ["description"] = machine.ToString(),
        };
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
    }

    private static JsonObject Object(IEnumerable<(string Key, double Value)> figures)
    {
        var node = new JsonObject();
        foreach (var (key, value) in figures) node[key] = Value(value);
        return node;
    }

    /// <summary>
    /// Three decimals, or four significant digits below 1 (ratios), are plenty for noisy measurements; a figure not
    /// measured (NaN: no question of a kind asked) is null.
    /// </summary>
    private static JsonNode? Value(double value) =>
        !double.IsFinite(value) ? null
        : JsonValue.Create(Math.Abs(value) >= 1 ? Math.Round(value, 3) : double.Parse(value.ToString("G4", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
}
