using System.Text.RegularExpressions;

namespace BaliTimeline.Extraction.Reading;

/// <summary>
/// Reads the modality of an event named at [start, end) of a sentence from the words around it: first what follows
/// the name up to the next event or the clause's end ("..., which is to take place in May", "..., held in Bali"),
/// then what leads to it ("agreed that ... would be held", "since the Fifth Conference"). Plain English cues only.
/// </summary>
public static partial class Tense
{
    /// <summary>The first cue after a name, up to <paramref name="followingEnd"/>: "..., held in Bali", "..., which is to take place".</summary>
    public static Modality? After(string text, int end, int followingEnd)
    {
        var window = text[end..Math.Max(end, followingEnd)];
        // "..., which was to have been held in Darwin in 2020, has been cancelled": what finally happened to it decides.
        var cues = Cue().Matches(window);
        if (cues.FirstOrDefault(c => c.Groups["cancelled"].Success || c.Groups["postponed"].Success) is { } verdict) return Read(verdict);
        return cues.Count > 0 ? Read(cues[0]) : null;
    }

    /// <summary>The last cue that leads to a name within its clause, "since" and "following" making it past.</summary>
    public static Modality Before(string text, int clauseStart, int start)
    {
        var before = text[Math.Min(clauseStart, start)..start];
        if (Past().IsMatch(before)) return Modality.Happened;
        var cues = Cue().Matches(before);
        return cues.Count > 0 ? Read(cues[^1]) : Modality.Happened;
    }

    /// <summary>A sentence that only says "Postponed." or "Cancelled; ..." about the entry before it.</summary>
    public static Modality? Verdict(string text) =>
        Verdicts().Match(text) is { Success: true } m ? m.Groups["c"].Success ? Modality.Cancelled : Modality.Postponed : null;

    /// <summary>A section heading that files what follows as planned, postponed or cancelled ("UPCOMING", "Postponed").</summary>
    public static Modality? OfHeading(string heading) =>
        SectionHeading().Match(heading) is { Success: true } m
            ? m.Groups["c"].Success ? Modality.Cancelled : m.Groups["p"].Success ? Modality.Postponed : m.Groups["h"].Success ? Modality.Happened : Modality.Planned
            : null;

    private static Modality Read(Match cue) =>
        cue.Groups["cancelled"].Success ? Modality.Cancelled
        : cue.Groups["postponed"].Success ? Modality.Postponed
        : cue.Groups["planned"].Success ? Modality.Planned
        : Modality.Happened;

    [GeneratedRegex(@"(?:\b(?:since|following|after)\s+(?:the\s+|that\s+|its\s+|their\s+)?[\w'-]+(?:\s+[\w'-]+){0,2}$)|\b(?:since|following)\s+(?:the\s+|that\s+|its\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Past();

    [GeneratedRegex(
        @"(?<cancelled>\bcancell?ed\b|\bcalled\s+off\b|\bdid\s+not\s+take\s+place\b|\b(?:was|were)\s+not\s+held\b|\bnever\s+(?:held|took\s+place|met)\b)"
        + @"|(?<postponed>\bpostponed\b|\bdeferred\b|\bput\s+off\b|\brescheduled\b(?!\s+from\b))"
        + @"|(?<planned>\bwill\b|\bwould\b|\bshall\b|\bshould\b|\bcan\b|\bcould\b|\bmight\b|\b(?:is|are|was|were)\s+to\s+(?:be|take|meet|convene|have)\b|\bto\s+be\s+(?:held|convened|hosted|organi[sz]ed)\b"
        + @"|\bscheduled\b|\bplanned\b|\bdue\s+to\s+(?:start|begin|be|take|meet|open)\b|\bplans?\s+to\b|\bproposed\b|\bexpected\b|\bintends?\b|\bintention\b|\bupcoming\b|\bforthcoming\b"
        + @"|\bpencilled\s+in\b|\bpreparations?\s+for\b|\bbeing\s+prepared\b|\bpreparing\b|\bto\s+(?:hold|convene|host|organi[sz]e|meet|reconvene|run)\b|\blook(?:s|ing)?\s+(?:forward|ahead)\b|\bnext\b)"
        + @"|(?<happened>\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:held|convened|hosted|co-?hosted|organi[sz]ed|conducted|activated|opened|closed|launched)\b"
        + @"|\btook\s+place\b|\bheld\b|\bmet\b|\bconvened\b|\bhosted\b|\bco-?chaired\b|\bgathered\b|\bran\b|\bclosed\b|\battended\b|\brecalled\b|\bwelcomed\b|\bhad\s+(?!pencilled|planned|scheduled|hoped|intended|expected)\w+ed\b)",
        RegexOptions.IgnoreCase)]
    private static partial Regex Cue();

    [GeneratedRegex(@"^\s*(?:(?<c>cancell?ed)|postponed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Verdicts();

    [GeneratedRegex(@"^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:(?<c>cancell?ed)|(?<p>postponed)|(?<h>recently\s+held|past\s+(?:meetings|events))|upcoming|forthcoming|coming\s+up|diary|(?:provisional|draft|annotated)\s+agenda|looking\s+ahead|next\s+steps|forward\s+calendar|dates\s+for\s+your\s+diary|agenda|programme)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SectionHeading();
}
