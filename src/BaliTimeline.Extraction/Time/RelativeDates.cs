using System.Globalization;
using System.Text.RegularExpressions;
using BaliTimeline.Facts;

namespace BaliTimeline.Extraction.Time;

/// <summary>
/// Dates written relative to the document's own date: "today", "yesterday", "earlier this month", "last month",
/// "last year", "this year", "last March", "Tuesday the 16th". Each needs the document's date at the precision it
/// speaks of ("yesterday" a day, "last month" a month); without it, none is read.
/// </summary>
public static partial class RelativeDates
{
    public static IEnumerable<RelativeDate> FindAll(string text, PartialDate? reference)
    {
        if (reference is null || reference.Precision == DatePrecision.NotAfter) yield break;
        var day = reference.Precision == DatePrecision.Day ? reference.Latest : (DateOnly?)null;
        var month = reference.Precision is DatePrecision.Day or DatePrecision.Month or DatePrecision.Range ? reference.Latest : (DateOnly?)null;
        var year = reference.Latest.Year;
        if (!Cue().IsMatch(text)) yield break;
        foreach (Match m in Pattern().Matches(text))
        {
            PartialDate? date = Regex.Replace(m.Groups["w"].Value.ToLowerInvariant(), @"^(?:earlier|later)\s+", "") switch
            {
                "today" or "today's" when day is { } d => PartialDate.Day(d.Year, d.Month, d.Day),
                "yesterday" or "yesterday's" when day is { } d => Of(d.AddDays(-1)),
                "this month" when month is { } d => PartialDate.Month(d.Year, d.Month),
                "last month" when month is { } d => PartialDate.Month(d.AddMonths(-1).Year, d.AddMonths(-1).Month),
                "last year" => PartialDate.Year(year - 1),
                "this year" => PartialDate.Year(year),
                _ when m.Groups["m"].Success && month is { } d => LastMonthNamed(d, m.Groups["m"].Value),
                _ when m.Groups["ago"].Success => PartialDate.Year(year - Count(m.Groups["ago"].Value)),
                _ when m.Groups["n"].Success && day is { } d => DayOfMonth(d, int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture)),
                _ => null,
            };
            if (date is not null) yield return new RelativeDate(m.Index, m.Index + m.Length, date);
        }
    }

    [GeneratedRegex(@"(?i:today|yesterday|last|this|ago|day\s+the)")]
    private static partial Regex Cue();

    private static PartialDate Of(DateOnly d) => PartialDate.Day(d.Year, d.Month, d.Day);

    private static int Count(string written) => int.TryParse(written, out var n) ? n
        : Array.IndexOf(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"], written.ToLowerInvariant()) + 2;

    /// <summary>"last March": the most recent March before the document's month.</summary>
    private static PartialDate LastMonthNamed(DateOnly reference, string name)
    {
        var month = DateTime.ParseExact(name[..3], "MMM", CultureInfo.InvariantCulture).Month;
        return PartialDate.Month(month < reference.Month ? reference.Year : reference.Year - 1, month);
    }

    /// <summary>"Tuesday the 16th": that day of the document's month, or of the month before if it is still to come.</summary>
    private static PartialDate? DayOfMonth(DateOnly reference, int day)
    {
        var month = day <= reference.Day ? reference : reference.AddMonths(-1);
        return day <= DateTime.DaysInMonth(month.Year, month.Month) ? PartialDate.Day(month.Year, month.Month, day) : null;
    }

    [GeneratedRegex(@"\b(?<w>(?i:today's|today|yesterday's|yesterday)|(?:(?:[Ee]arlier|[Ll]ater)\s+)?this\s+month|[Ll]ast\s+month|[Ll]ast\s+year|[Tt]his\s+year"
        + @"|[Ll]ast\s+(?<m>January|February|March|April|May|June|July|August|September|October|November|December)"
        + @"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+the\s+(?<n>\d{1,2})(?:st|nd|rd|th)"
        + @"|(?<ago>[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|\d{1,2})\s+years\s+ago)\b")]
    private static partial Regex Pattern();
}
