using System.Text.RegularExpressions;
using BaliTimeline.Extraction.Names;
using BaliTimeline.Extraction.Text;

namespace BaliTimeline.Extraction.Reading;

/// <summary>
/// Finds meetings said with a verb: a subject (a body, senior officials, ministers, members, they, we) then met,
/// gathered, convened, reconvened or came together, not followed by an object ("met representatives" is not a
/// meeting of its own), but for a body convened ("convened the Consultation Mechanism"). "first met", "met for the
/// fourth time" and "met a second time" carry an ordinal.
/// </summary>
public static partial class GatheringMentions
{
    private static readonly System.Buffers.SearchValues<string> Verbs = System.Buffers.SearchValues.Create(
        ["met", "meet", "gathered", "convened", "came together"], StringComparison.OrdinalIgnoreCase);

    public static IReadOnlyList<GatheringMention> Find(string text)
    {
        if (text.AsSpan().IndexOfAny(Verbs) < 0) return [];
        var found = new List<GatheringMention>();
        foreach (Match verb in Verb().Matches(text))
        {
            if (Transitive().IsMatch(text, verb.Index + verb.Length))
            {
                // "the Co-Chairs convened the Bali Process Consultation Mechanism": the body convened meets.
                if (verb.Groups["past"].Value is "convened" or "reconvened" && BodyNames.Table.FindFirst(text, verb.Index + verb.Length) is { } convened
                    && ObjectGap().IsMatch(text[(verb.Index + verb.Length)..convened.Start]) && convened.Canonical != BodyNames.BaliProcess)
                {
                    found.Add(new GatheringMention(verb.Index, convened.End, convened.End, Gatherers.Body, convened.Canonical, null, true));
                }
                continue;
            }
            // A subject is a few words; reading it from far back costs time and finds nothing more.
            var window = Math.Max(0, verb.Index - 100);
            var before = text[..verb.Index];
            var subject = Subject().Match(before, window);
            // "It first met in Jakarta in October 2017, ..., and met a second time": the subject of the verb before.
            if (!subject.Success && found.Count > 0 && AndAgain().IsMatch(before))
            {
                var previous = found[^1];
                var nthAgain = Nth().Match(text, verb.Index + verb.Length);
                found.Add(previous with { Start = verb.Index, End = verb.Index + verb.Length, After = nthAgain.Success ? nthAgain.Index + nthAgain.Length : verb.Index + verb.Length,
                    Ordinal = nthAgain.Success ? Ordinals.Parse(nthAgain.Groups["ord"].Value) : null, Past = verb.Groups["past"].Success });
                continue;
            }
            if (!subject.Success) continue;
            string? body = null, reference = null;
            var gatherers = Gatherers.Members;
            var start = subject.Index;
            if (subject.Groups["officials"].Success)
            {
                gatherers = Gatherers.SeniorOfficials;
                // "Our Ad Hoc Group senior officials met": the body named just before them.
                body = BodyNames.Table.FindAll(before[..subject.Index]).LastOrDefault(b => OnlySpace().IsMatch(before[b.End..subject.Index]))?.Canonical;
            }
            else if (subject.Groups["ministers"].Success) gatherers = Gatherers.Ministers;
            else if (subject.Groups["pronoun"].Success) gatherers = Gatherers.Pronoun;
            else if (subject.Groups["name"].Success)
            {
                var named = subject.Groups["name"].Value;
                body = BodyNames.Table.FindAll(named).LastOrDefault()?.Canonical ?? UnlistedBodies.Find(named).LastOrDefault()?.Name;
                start = subject.Groups["name"].Index;
                if (body is not null && body != BodyNames.BaliProcess) gatherers = Gatherers.Body;
                // "The Working Group first met", "The Forum met again": a body named elsewhere.
                else if (BodyReference.Find(before[Math.Max(0, start - 9)..]).LastOrDefault() is { Head: { } head }) (gatherers, body, reference) = (Gatherers.Pronoun, null, head);
                else continue;
            }
            var nth = Nth().Match(text, verb.Index + verb.Length);
            int? ordinal = verb.Groups["first"].Success ? 1 : nth.Success ? Ordinals.Parse(nth.Groups["ord"].Value) : null;
            var after = nth.Success ? nth.Index + nth.Length : verb.Index + verb.Length;
            found.Add(new GatheringMention(start, verb.Index + verb.Length, after, gatherers, body, ordinal, verb.Groups["past"].Success, reference));
        }
        return found;
    }

    // The verb, with the adverbs the genre puts before it; "meets"/"meet" are present or future, never a past meeting.
    [GeneratedRegex(@"\b(?:(?<first>first)\s+|(?:again|also|then|already|subsequently|jointly|formally|last|recently|virtually|once)\s+)*(?:(?<past>met|gathered|convened|reconvened|came\s+together)|meets|meet)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Verb();

    // "met representatives", "convened a two-day Dialogue": an object follows, so the verb is not the meeting itself.
    [GeneratedRegex(@"\G\s+(?!(?:in|on|at|for|under|via|by|over|from|between|during|again|virtually|online|here|there|to|in-person|in\s+person|with|as|and|once|twice|annually|regularly|this|last|earlier|yesterday|today|alongside|back|from|a\s+\w+\s+time)\b)(?:the|a|an|their|its|with|representatives|officials|members)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Transitive();

    // Whose verb it is: the words just before it, allowing an abbreviation in brackets and "who"/"whose ... ".
    // Capitalised words are separated by spaces, never optionally: with an optional separator an all-caps line
    // ("MINISTERIAL CONFERENCE ON SMUGGLING, TRAFFICKING MEETS") could be split at every letter, in exponentially many ways.
    [GeneratedRegex(@"(?:(?<officials>\b(?:[Ss]enior\s+)?[Oo]fficials)|(?<ministers>\b[Mm]inisters)|(?<pronoun>\b(?:[Tt]hey|[Ww]e|[Ii]t|[Mm]embers|[Dd]elegates|[Pp]articipants|[Rr]epresentatives|[Ee]xperts|[Pp]ractitioners|[Ww]ho|which))|(?<name>\b(?:[A-Z][\w'\u2019-]*\s+(?:(?:of|on|for|and|the|in)\s+)*)*[A-Z][\w'\u2019-]*(?:\s*\([^)]*\))?))(?:\s+\w+ly)?(?:\s+(?:had|has|have))?\s*$")]
    private static partial Regex Subject();

    [GeneratedRegex(@"\G\s+(?:for\s+the|a)\s+(?<ord>" + Ordinals.Pattern + @")\s+time\b", RegexOptions.IgnoreCase)]
    private static partial Regex Nth();

    [GeneratedRegex(@"^\s*(?:\([^)]*\)\s*)?$")]
    private static partial Regex OnlySpace();

    [GeneratedRegex(@"^\s+(?:the\s+)?$")]
    private static partial Regex ObjectGap();

    [GeneratedRegex(@",?\s+and\s+$")]
    private static partial Regex AndAgain();
}
