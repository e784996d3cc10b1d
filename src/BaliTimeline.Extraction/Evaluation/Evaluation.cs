using System.Text.Json;
using System.Text.Json.Nodes;
using BaliTimeline.Extraction.Documents;
using BaliTimeline.Facts;

namespace BaliTimeline.Extraction.Evaluation;

/// <summary>
/// Compares what the extractor reads from documents with their labels: per type, how many were labelled, found and
/// matched; which labels were missed and which finds match no label, each with its quote; and how many quotes are
/// verbatim spans of their document.
/// </summary>
public static class Evaluation
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>A document as read: its name, its text and the extraction of it.</summary>
    public sealed record ReadDocument(string Text, DocumentExtraction Extraction);

    public static EvaluationReport Compare(IReadOnlyList<ReadDocument> documents, IReadOnlyList<GoldDocument> gold)
    {
        var byName = documents.ToDictionary(d => d.Extraction.Document, StringComparer.Ordinal);
        var types = ValueMatch.Types.ToDictionary(t => t, _ => new TypeScore(0, 0, 0));
        var misses = new List<Finding>();
        var falseFinds = new List<Finding>();
        var absent = new List<string>();
        var (verbatim, quoted) = (0, 0);

        foreach (var labels in gold.OrderBy(g => g.Document, StringComparer.Ordinal))
        {
            if (!byName.TryGetValue(labels.Document, out var read))
            {
                absent.Add(labels.Document);
                continue;
            }
            var found = read.Extraction.Facts.Select(f => (Fact: f, Json: ToJson(f))).ToArray();
            var text = ValueMatch.Fold(read.Text);
            foreach (var (_, json) in found)
            {
                if (ValueMatch.TypeOf(json["type"]?.GetValue<string>()) is null) continue;
                quoted++;
                var quotes = ValueMatch.Quotes(json);
                if (quotes.Count > 0 && quotes.All(q => text.Contains(ValueMatch.Fold(q), StringComparison.Ordinal))) verbatim++;
            }
            foreach (var type in ValueMatch.Types)
            {
                var labelled = labels.Events.Where(e => ValueMatch.TypeOf(e["type"]?.GetValue<string>()) == type).ToArray();
                var ofType = found.Where(f => ValueMatch.TypeOf(f.Json["type"]?.GetValue<string>()) == type).ToArray();
                var pairs = ValueMatch.Pair(type, labelled, ofType.Select(f => f.Json).ToArray());
                var score = types[type];
                types[type] = new TypeScore(score.Labelled + labelled.Length, score.Found + ofType.Length, score.Matched + pairs.Count);
                misses.AddRange(labelled.Where((_, i) => pairs.All(p => p.Gold != i))
                    .Select(l => new Finding(labels.Document, type, Describe(l), l["quote"]?.GetValue<string>() ?? "")));
                falseFinds.AddRange(ofType.Where((_, i) => pairs.All(p => p.Found != i))
                    .Select(f => new Finding(labels.Document, type, Describe(f.Json), f.Fact.Evidence.Quote)));
            }
        }
        return new EvaluationReport(types, misses, falseFinds, verbatim, quoted, absent);
    }

    /// <summary>Reads and compares: every gold file of <paramref name="goldFolder"/> against the extraction of its document.</summary>
    public static EvaluationReport Run(IEnumerable<(string Name, string Text, DocumentMetadata? Metadata)> documents, string goldFolder) =>
        Compare(documents.Select(d => new ReadDocument(d.Text, DocumentExtractor.Extract(d.Name, d.Text, d.Metadata))).ToArray(),
            GoldDocument.ReadFolder(goldFolder));

    /// <summary>A fact as <c>extract --json</c> prints it: its type, then its fields in camelCase.</summary>
    public static JsonObject ToJson(Fact fact) => JsonSerializer.SerializeToNode(fact, JsonOptions)!.AsObject();

    private static string Describe(JsonObject e) =>
        string.Join(", ", e.Where(p => p.Key is not ("type" or "quote" or "evidence" or "notes") && p.Value is not null && p.Value.ToJsonString() is not ("[]" or "\"\""))
            .Select(p => $"{p.Key}={(p.Value is JsonValue v && v.TryGetValue<string>(out var s) ? s : p.Value!.ToJsonString())}"));
}
