using System.Text.RegularExpressions;
using BaliTimeline.Extraction.Facts;
using BaliTimeline.Extraction.Names;
using BaliTimeline.Extraction.Text;
using BaliTimeline.Extraction.Time;

namespace BaliTimeline.Extraction.Rules;

/// <summary>
/// A meeting held: a sentence with a meeting verb (met, held, took place, co-chaired, hosted, convened, conducted),
/// the meeting it speaks of (a named meeting, or a body that met or convened) and a date. Passive verbs look back for
/// the meeting ("the X Meeting held on ..."), active ones forward ("co-chaired the X Meeting"). Future meetings are
/// not held.
/// </summary>
public static partial class MeetingRule
{
    public const string Name = "meeting";

    public static IEnumerable<MeetingHeld> Read(Sentence sentence, ExtractionContext context)
    {
        if (sentence.Kind == SentenceKind.Heading) return [];
        var text = sentence.Text;
        var dates = DateReader.FindAll(text);
        var meetings = new List<MeetingHeld>();

        var phrases = Phrases.Meetings(text).Where(p => !Generic().IsMatch(p.Value)).ToArray();
        var bodies = BodyNames.Table.FindAll(text).ToArray();
        foreach (Match verb in Verb().Matches(text))
        {
            var passive = verb.Groups["aux"].Success || verb.Groups["verb"].Value is "held" || verb.Groups["verb"].Value.StartsWith("took", StringComparison.Ordinal);
            var before = phrases.LastOrDefault(p => p.Index + p.Length <= verb.Index && !Clause().IsMatch(text[(p.Index + p.Length)..verb.Index]));
            var after = phrases.FirstOrDefault(p => p.Index >= verb.Index + verb.Length && !Clause().IsMatch(text[(verb.Index + verb.Length)..p.Index]));
            // "X Meeting was held", "X Meeting held on": the meeting comes first; "held its Fourth Meeting": after.
            var phrase = passive ? before ?? (verb.Groups["aux"].Success ? null : after) : after;
            // "The Working Group on X (WG-X) met on 16 March 2021": the body itself, as the subject of met/convened.
            var subjectBody = phrase is null && verb.Groups["verb"].Value is "met" or "convened"
                ? bodies.LastOrDefault(b => b.End <= verb.Index && SubjectGap().IsMatch(text[b.End..verb.Index]))
                : null;
            if (phrase is null && subjectBody is null) continue;
            if (Planned().IsMatch(text[..verb.Index]))
            {
                context.Skip(Name, "a meeting to be held, not one held", sentence);
                continue;
            }
            if (phrase is null)
            {
                var nth = Nth().Match(text, verb.Index);
                Add(null, subjectBody!.Canonical, nth.Success ? Ordinals.Parse(nth.Groups["ord"].Value) : null, verb.Index);
                continue;
            }
            // "its Annual Meeting": the body the sentence is about, or the one its list introduces.
            var subject = Possessive().IsMatch(text[..phrase.Index])
                ? bodies.LastOrDefault(b => b.End <= verb.Index)?.Canonical ?? context.ListSubject
                : null;
            var body = subject ?? Phrases.BodyIn(phrase.Value)?.Canonical;
            var ordinal = phrase.Groups["ord"].Success ? Ordinals.Parse(phrase.Groups["ord"].Value) : null;
            Add(Phrases.MeetingName(phrase), body, ordinal, phrase.Index);
        }

        foreach (var phrase in Phrases.Meetings(text))
        {
            if (phrase.Groups["ord"].Success && meetings.Count == 0 && Phrases.BodyIn(phrase.Value) is not null && dates.Count == 0)
            {
                context.Skip(Name, $"'{phrase.Value.Trim()}' is named without a date", sentence);
            }
        }
        return meetings;

        void Add(string? name, string? body, int? ordinal, int at)
        {
            if (dates.Count == 0)
            {
                if (name is not null || body is not null) context.Skip(Name, "a meeting held, but no date is stated", sentence);
                return;
            }
            var mention = dates.MinBy(d => Math.Abs(d.Start - at))!;
            if (context.Resolve(mention) is not { } date)
            {
                context.Skip(Name, $"the date '{text[mention.Start..mention.End]}' has no year, and the document gives none", sentence);
                return;
            }
            if (meetings.Any(m => m.Name == name && m.Body == body && m.Ordinal == ordinal)) return;
            var format = Format().Match(text);
            meetings.Add(new MeetingHeld(
                name, body, ordinal, date.Date, date.Basis,
                Phrases.LocationAfter(text, at),
                format.Success ? FormatName(format.Value) : null,
                context.Evidence(sentence)));
        }
    }

    private static string FormatName(string written) => written.ToLowerInvariant() switch
    {
        "hybrid" => "hybrid",
        "in-person" or "in person" => "in-person",
        _ => "virtual",
    };

    [GeneratedRegex(@"\G(?:met|convened)\s+for\s+the\s+(?<ord>" + Ordinals.Pattern + @")\s+time\b")]
    private static partial Regex Nth();

    // Between a body and its verb: nothing, or its abbreviation in brackets.
    [GeneratedRegex(@"^\s*(?:\([^)]*\)\s*)?$")]
    private static partial Regex SubjectGap();

    [GeneratedRegex(@"\b(?<aux>(?:was|were|had\s+been|has\s+been)\s+)?(?<verb>held|took\s+place|co\s?-\s?chaired|co\s?-\s?hosted|hosted|convened|conducted|met|organi[sz]ed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Verb();

    [GeneratedRegex(@"\b(?:will|would|shall|to\s+be|plans?\s+to|planned\s+to|expected\s+to|intends?\s+to)\s+(?:be\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Planned();

    [GeneratedRegex(@"\b(?:its|their)\s+$")]
    private static partial Regex Possessive();

    // A bare "Meeting" or "Workshop" refers to a meeting named elsewhere; it is not a name.
    [GeneratedRegex(@"^\w+s?$")]
    private static partial Regex Generic();

    // A meeting and its verb must sit in one clause: no sentence-internal stop between them.
    [GeneratedRegex(@"[;:]|\.\s")]
    private static partial Regex Clause();

    [GeneratedRegex(@"\b(?:virtual(?:ly)?|hybrid|in-person|in\s+person)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Format();
}
