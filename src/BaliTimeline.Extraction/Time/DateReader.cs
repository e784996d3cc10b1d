using System.Globalization;
using System.Text.RegularExpressions;

namespace BaliTimeline.Extraction.Time;

/// <summary>Finds the dates a sentence states: days, ranges of days, months, and years introduced by "in".</summary>
public static partial class DateReader
{
    private const string Month =
        @"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?";

    public static IReadOnlyList<DateMention> FindAll(string text) =>
        Pattern().Matches(text).Select(ToMention).Where(m => m is not null).Cast<DateMention>().ToArray();

    private static DateMention? ToMention(Match m)
    {
        int? Number(string group) => m.Groups[group].Success ? int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture) : null;
        int? MonthOf(string group) => m.Groups[group].Success ? MonthNumber(m.Groups[group].Value) : null;

        var year = Number("y") ?? Number("y2") ?? Number("y3") ?? Number("y4") ?? Number("y5");
        var mention = m.Groups["range"].Success
            ? new DateMention(m.Index, m.Index + m.Length, year, MonthOf("m1") ?? MonthOf("m2"), Number("d1"), MonthOf("m2"), Number("d2"))
            : m.Groups["day"].Success ? new DateMention(m.Index, m.Index + m.Length, year, MonthOf("m3"), Number("d3"), null, null)
            : m.Groups["us"].Success ? new DateMention(m.Index, m.Index + m.Length, year, MonthOf("m4"), Number("d4"), null, null)
            : m.Groups["month"].Success ? new DateMention(m.Index, m.Index + m.Length, year, MonthOf("m5"), null, null, null)
            : new DateMention(m.Groups["y5"].Index, m.Index + m.Length, year, null, null, null, null);
        // A day that cannot exist ("31 April") is not a date; drop it rather than guess.
        return mention.Resolve(2000) is null && mention.FirstDay is not null ? null : mention;
    }

    private static int MonthNumber(string name)
    {
        var key = name.TrimEnd('.')[..3];
        return DateTime.ParseExact(key, "MMM", CultureInfo.InvariantCulture).Month;
    }

    [GeneratedRegex(
        $@"(?<range>\b(?<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+(?<m1>{Month}))?\s*(?:-|to|and)\s*(?<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?<m2>{Month}),?(?:\s+(?<y>\d{{4}})\b)?)"
        + $@"|(?<day>\b(?<d3>\d{{1,2}})(?:st|nd|rd|th)?\s+(?<m3>{Month}),?(?:\s+(?<y2>\d{{4}})\b)?)"
        + $@"|(?<us>\b(?<m4>{Month})\s+(?<d4>\d{{1,2}}),?\s+(?<y3>\d{{4}})\b)"
        + $@"|(?<month>\b(?<m5>{Month}),?\s+(?<y4>\d{{4}})\b)"
        + @"|(?<year>\b(?:in|during|since)\s+(?<y5>(?:19|20)\d{2})\b(?!\s*[-/]\s*\d))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
