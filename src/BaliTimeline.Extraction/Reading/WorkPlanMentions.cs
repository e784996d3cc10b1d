using System.Globalization;
using System.Text.RegularExpressions;

namespace BaliTimeline.Extraction.Reading;

/// <summary>
/// Finds the work plans a sentence names with their years, the ways the genre writes them: "Work Plan 2016-2017",
/// "Forward Work Plan 2015-17", "work plan for 2024-25", "Work Plan for 2017-18", "its 2016-17 work plan", "the RSO
/// 2024-2026 Work Plan", "a successor plan for 2024 to 2026", "plans for 2017-19 and 2019-2021", and "a Work Plan
/// setting the Working Group's priorities for 2016-17". A plan without its years is not one of them.
/// </summary>
public static partial class WorkPlanMentions
{
    public static IReadOnlyList<WorkPlanMention> Find(string text)
    {
        if (!text.Contains("plan", StringComparison.OrdinalIgnoreCase) && !text.Contains("work program", StringComparison.OrdinalIgnoreCase)) return [];
        var found = new List<WorkPlanMention>();
        foreach (Match m in Named().Matches(text))
        {
            var periods = m.Groups["years"].Captures.Select(c => Years(c.Value)).Where(p => p is not null).Select(p => p!.Value).ToArray();
            foreach (var (first, last) in periods)
            {
                found.Add(new WorkPlanMention(m.Index, m.Index + m.Length, first, last, Owner(m), Draft(m)));
            }
        }
        foreach (Match m in YearsFirst().Matches(text))
        {
            if (found.Any(f => f.Start < m.Index + m.Length && m.Index < f.End)) continue;
            if (Years(m.Groups["years"].Value) is { } period) found.Add(new WorkPlanMention(m.Index, m.Index + m.Length, period.First, period.Last, Owner(m), Draft(m)));
        }
        return found.OrderBy(f => f.Start).ToArray();
    }

    private static string? Owner(Match m) => m.Groups["owner"].Success ? m.Groups["owner"].Value.Trim() : null;

    private static bool Draft(Match m) => m.Groups["draft"].Success;

    /// <summary>"2015-17", "2019–2021", "2024 to 2026", "2016/17": a first and last year, the second completed from the first.</summary>
    public static (int First, int Last)? Years(string written)
    {
        var m = Period().Match(written);
        if (!m.Success) return null;
        var first = int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture);
        var b = m.Groups["b"].Value;
        var last = b.Length == 4 ? int.Parse(b, CultureInfo.InvariantCulture) : first / 100 * 100 + int.Parse(b, CultureInfo.InvariantCulture);
        return last > first && last - first <= 10 ? (first, last) : null;
    }

    private const string Span = @"(?:19|20)\d{2}\s*(?:-|\u2013|to|/)\s*(?:(?:19|20)\d{2}|\d{2})\b";
    private const string Owners = @"(?<owner>(?:[A-Z][\w-]*(?:'s)?\s+(?:(?:in|of|on|for|and)\s+(?=[A-Z]))?){1,8}|(?:its|their|our)\s+)?";

    [GeneratedRegex(@"(?<a>(?:19|20)\d{2})\s*(?:-|\u2013|to|/)\s*(?<b>(?:19|20)\d{2}|\d{2})\b")]
    private static partial Regex Period();

    // "the RSO Work Plan 2016-2017", "a draft TFPP work plan for 2020-2021", "plans for 2017-19 and 2019-2021", "a successor plan for 2024 to 2026".
    [GeneratedRegex(@"(?:\b(?<draft>[Dd]raft)\s+)?" + Owners + @"(?:(?:Forward|Annual|Updated|updated|Forum|forward|annual|new|successor|current|first|next)\s+)*(?:[Ww]ork\s*[Pp]lans?|[Ww]ork\s+[Pp]rogram(?:me)?s?|(?<=(?:successor|forward|new|draft|annual)\s)plans?|plans(?=\s+for\s+" + Span + @"))"
        + @"(?:,?\s+(?:setting\s+[^.;]{0,60}?\s+)?(?:for|covering)?\s*(?:the\s+(?:years?\s+|period\s+)?)?(?<years>" + Span + @")(?:\s+and\s+(?<years>" + Span + @"))?)")]
    private static partial Regex Named();

    // "its 2016-17 work plan", "the 2017-18 Work Plan", "the RSO 2024-2026 Work Plan".
    [GeneratedRegex(@"(?:\b(?<draft>[Dd]raft)\s+)?" + Owners + @"(?<years>" + Span + @")\s+(?:Forward\s+|forward\s+|Annual\s+)?[Ww]ork\s*(?:[Pp]lan|[Pp]rogram(?:me)?)\b")]
    private static partial Regex YearsFirst();
}
