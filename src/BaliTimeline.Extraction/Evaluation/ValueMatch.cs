using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace BaliTimeline.Extraction.Evaluation;

/// <summary>
/// How much a found event agrees with a labelled one, judged on values, not field names: a meeting by its month
/// (then title, body and city), a guide by its name, a work plan by its years, a co-chair by member and agency.
/// The same judgement as the corpus's own scorer (<c>score_extraction.py</c>), so both print the same figures.
/// </summary>
public static partial class ValueMatch
{
    public const string Meeting = "MeetingHeld";
    public const string Guide = "GuideEndorsed";
    public const string WorkPlan = "WorkPlanAdopted";
    public const string CoChair = "CoChairChanged";

    public static IReadOnlyList<string> Types { get; } = [Meeting, Guide, WorkPlan, CoChair];

    private static readonly HashSet<string> Stop =
        [.. "the a an of on in and for to by with at its their bali process policy guide guides".Split(' ')];

    private static readonly HashSet<string> NotValues = ["quote", "type", "text", "sentence", "source", "evidence", "provenance"];

    private static readonly (string Adjective, string Country)[] Adjectives =
    [
        ("australian", "australia"), ("indonesian", "indonesia"), ("malaysian", "malaysia"), ("thai", "thailand"),
        ("philippine", "philippines"), ("new zealand", "new zealand"), ("sri lankan", "sri lanka"),
    ];

    private static readonly (string, string)[] SameCountry =
        [("viet nam", "vietnam"), ("lao pdr", "laos"), ("timor-leste", "east timor"), ("republic of korea", "south korea")];

    /// <summary>The type an event counts as: statuses are siblings of the four types (GuideStatusNoted is a guide's).</summary>
    public static string? TypeOf(string? written)
    {
        var letters = new string((written ?? "").ToLowerInvariant().Where(c => c is >= 'a' and <= 'z').ToArray());
        if (letters.StartsWith("guide", StringComparison.Ordinal)) return Guide;
        if (letters.StartsWith("workplan", StringComparison.Ordinal)) return WorkPlan;
        if (letters.StartsWith("cochair", StringComparison.Ordinal)) return CoChair;
        return letters == "meetingheld" ? Meeting : null;
    }

    /// <summary>0 when the two cannot be the same fact; higher is a closer match.</summary>
    public static double Score(string type, JsonObject gold, JsonObject found)
    {
        var values = Values(found);
        switch (type)
        {
            case Meeting:
            {
                var score = 0.0;
                // A year alone ("2015") can never equal a month: such a label is matched by nothing, as in the reference scorer.
                var start = Text(gold, "start");
                var month = start[..Math.Min(7, start.Length)];
                if (month.Length > 0)
                {
                    if (!Months(values).Contains(month)) return 0;
                    score += 1;
                }
                score += Overlap($"{Text(gold, "title")} {Text(gold, "body")}", values) * 0.5;
                if (Text(gold, "city") is { Length: > 0 } city && values.Any(v => v.Contains(city, StringComparison.OrdinalIgnoreCase))) score += 0.3;
                return month.Length > 0 || score >= 0.4 ? score : 0;
            }
            case Guide:
            {
                var overlap = Overlap(Text(gold, "guide"), values);
                return overlap >= 0.5 ? overlap : 0;
            }
            case WorkPlan:
            {
                var periods = Periods([Text(gold, "period")]);
                var lone = values.Where(v => LoneYear().IsMatch(v)).Select(int.Parse).ToHashSet();
                if (periods.Count > 0 && !periods.Overlaps(Periods(values)) && !periods.Any(p => lone.Contains(p.First) && lone.Contains(p.Last))) return 0;
                return 1 + Overlap(Text(gold, "body"), values) * 0.1;
            }
            case CoChair:
            {
                if (!MemberStated(Text(gold, "member"), values)) return 0;
                var score = 1.0;
                if (Text(gold, "agency") is { Length: > 0 } agency)
                {
                    var overlap = Overlap(agency, values);
                    if (overlap < 0.5) return 0;
                    score += overlap;
                }
                return score + Overlap(Text(gold, "body"), values) * 0.2;
            }
            default:
                return 0;
        }
    }

    /// <summary>Pairs labelled and found events of one type, best scores first, each used once.</summary>
    public static IReadOnlyList<(int Gold, int Found)> Pair(string type, IReadOnlyList<JsonObject> gold, IReadOnlyList<JsonObject> found)
    {
        var candidates = new List<(double Score, int Gold, int Found)>();
        for (var g = 0; g < gold.Count; g++)
        {
            for (var f = 0; f < found.Count; f++)
            {
                var score = Score(type, gold[g], found[f]);
                if (score > 0) candidates.Add((score, g, f));
            }
        }
        var (usedGold, usedFound, pairs) = (new HashSet<int>(), new HashSet<int>(), new List<(int, int)>());
        // Ties go to the later pair, as the reference scorer's reverse sort does.
        foreach (var (_, g, f) in candidates.OrderByDescending(c => c.Score).ThenByDescending(c => c.Gold).ThenByDescending(c => c.Found))
        {
            if (usedGold.Contains(g) || usedFound.Contains(f)) continue;
            usedGold.Add(g);
            usedFound.Add(f);
            pairs.Add((g, f));
        }
        return pairs;
    }

    /// <summary>The quotes an event gives for itself, at any depth.</summary>
    public static IReadOnlyList<string> Quotes(JsonNode? node)
    {
        var quotes = new List<string>();
        Walk(node);
        return quotes;

        void Walk(JsonNode? n)
        {
            switch (n)
            {
                case JsonObject o:
                    foreach (var (key, value) in o)
                    {
                        if (key.ToLowerInvariant() is "quote" or "text" or "sentence" or "evidence" && value is JsonValue v && v.TryGetValue<string>(out var s)) quotes.Add(s);
                        else Walk(value);
                    }
                    break;
                case JsonArray a:
                    foreach (var item in a) Walk(item);
                    break;
            }
        }
    }

    /// <summary>Text as the scorer compares it: compatibility-normalised, curly quotes straight, no-break spaces plain.</summary>
    public static string Fold(string s) =>
        s.Normalize(NormalizationForm.FormKC).Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201c', '"').Replace('\u201d', '"').Replace('\u00a0', ' ');

    private static string Text(JsonObject o, string key) =>
        o[key] is JsonValue v ? v.TryGetValue<string>(out var s) ? s : v.ToJsonString() : "";

    /// <summary>Every string and integer value, except quotes and type tags.</summary>
    private static List<string> Values(JsonNode? node)
    {
        var values = new List<string>();
        Walk(node);
        return values;

        void Walk(JsonNode? n)
        {
            switch (n)
            {
                case JsonObject o:
                    foreach (var (key, value) in o)
                    {
                        if (!NotValues.Contains(key.ToLowerInvariant())) Walk(value);
                    }
                    break;
                case JsonArray a:
                    foreach (var item in a) Walk(item);
                    break;
                case JsonValue v when v.TryGetValue<string>(out var s):
                    values.Add(s);
                    break;
                case JsonValue v when v.TryGetValue<long>(out var i):
                    values.Add(i.ToString(CultureInfo.InvariantCulture));
                    break;
            }
        }
    }

    private static List<string> Words(string s) =>
        Word().Matches(Fold(s).ToLowerInvariant()).Select(m => m.Value).Where(w => !Stop.Contains(w)).ToList();

    private static double Overlap(string gold, IReadOnlyList<string> values)
    {
        var wanted = Words(gold).ToHashSet();
        if (wanted.Count == 0) return 0;
        var best = values.Select(v => Words(v).ToHashSet()).Where(w => w.Count > 0)
            .Select(w => (double)wanted.Count(w.Contains) / wanted.Count).DefaultIfEmpty(0).Max();
        var all = values.SelectMany(Words).ToHashSet();
        return Math.Max(best, 0.8 * wanted.Count(all.Contains) / wanted.Count);
    }

    private static HashSet<string> Months(IEnumerable<string> values) =>
        values.SelectMany(v => YearMonth().Matches(v)).Select(m => $"{m.Groups[1].Value}-{m.Groups[2].Value}").ToHashSet();

    private static HashSet<(int First, int Last)> Periods(IEnumerable<string> values) =>
        values.SelectMany(v => Period().Matches(v)).Select(m =>
        {
            var first = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            var last = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            return (first, m.Groups[2].Length == 4 ? last : first / 100 * 100 + last);
        }).ToHashSet();

    private static bool MemberStated(string member, IEnumerable<string> values)
    {
        var blob = string.Join(" ", values.Select(v => Fold(v).ToLowerInvariant()));
        var m = member.ToLowerInvariant();
        return blob.Contains(m, StringComparison.Ordinal)
            || SameCountry.Any(p => (p.Item1 == m || p.Item2 == m)
                && (blob.Contains(p.Item1, StringComparison.Ordinal) || blob.Contains(p.Item2, StringComparison.Ordinal)))
            || Adjectives.Any(a => a.Country == m && blob.Contains(a.Adjective, StringComparison.Ordinal));
    }

    [GeneratedRegex("[a-z0-9]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"((?:19|20)\d\d)-(\d\d)")]
    private static partial Regex YearMonth();

    [GeneratedRegex(@"\b((?:19|20)\d\d)\s*[-/\u2013]\s*((?:19|20)?\d\d)\b")]
    private static partial Regex Period();

    [GeneratedRegex(@"^(?:19|20)\d\d$")]
    private static partial Regex LoneYear();
}
