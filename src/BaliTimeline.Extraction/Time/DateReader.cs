using System.Globalization;
using System.Text.RegularExpressions;

namespace BaliTimeline.Extraction.Time;

/// <summary>
/// Finds the dates a sentence states, the many ways the genre writes them: days and ranges of days ("14-15 April
/// 2009", "from 14 to 15 April", "on 18 and 19 May", "Between 28 September and 28 October 2015", "the 24th and 25th
/// of August 2017"), numeric days ("16/11/2016", "01/05/2017 - 30/06/2017", "17.02.2014", "2018-09-25"), American order ("Oct. 16-18, 2018"), months ("April 2003", "in August"),
/// years introduced by a preposition ("in 2009", "since 2022") and runs of years ("2015 to 2017"). Relative dates
/// ("yesterday", "last month") are <see cref="RelativeDates"/>'s.
/// </summary>
public static partial class DateReader
{
    private const string Names = "January|February|March|April|May|June|July|August|September|October|November|December";
    private const string Short = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

    // Months in title case or in capitals ("15 APRIL 2009"); never in lower case, where "may" is a verb.
    private const string Month = "(?:" + Names + "|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|(?:" + Short + @")\.?)(?![a-z])";
    private const string Day = @"(?:[0-3]?\d)(?:st|nd|rd|th)?";
    private const string Year = @"(?:19|20)\d{2}";
    private const string To = @"\s*(?:-|\u2013|\u2014|to|until|and|&)\s*";

    // "Tue 28 - Thu 30 January 2025": a weekday may stand before a day.
    private const string Weekday = @"(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?\.?,?\s+)?";

    /// <summary>A date that can open a calendar entry, as a regular expression fragment.</summary>
    public const string LeadingDate =
        @"(?:\d{1,2}/\d{1,2}/" + Year + @"(?:\s*(?:-|\u2013|and|to)\s*\d{1,2}/\d{1,2}/" + Year + ")?"
        + "|" + Day + "(?:" + To + Day + ")?" + @"\s+" + Month + @"(?:,?\s+" + Year + ")?"
        + "|" + Day + @"\s+" + Month + To + Day + @"\s+" + Month + @"(?:,?\s+" + Year + ")?"
        + "|" + Month + @"(?:\s+" + Year + ")?)";

    public static IReadOnlyList<DateMention> FindAll(string text)
    {
        // Most sentences have no date: neither a digit nor a month's name.
        if (text.AsSpan().IndexOfAnyInRange('0', '9') < 0 && !AnyMonth().IsMatch(text)) return [];
        var found = new List<DateMention>();
        foreach (Match m in Pattern().Matches(text))
        {
            var mention = ToMention(m);
            // A day that cannot exist ("31 April") is not a date; drop it rather than guess.
            if (mention is not null && (mention.FirstDay is null || mention.Resolve(mention.Year ?? 2000) is not null)) found.Add(mention);
        }
        return found;
    }

    private static DateMention? ToMention(Match m)
    {
        int? N(string group) => m.Groups[group].Success ? int.Parse(Digits().Match(m.Groups[group].Value).Value, CultureInfo.InvariantCulture) : null;
        int? M(string group) => m.Groups[group].Success ? MonthNumber(m.Groups[group].Value) : null;
        var (start, end) = (m.Index, m.Index + m.Length);

        if (m.Groups["nr"].Success)
        {
            var (y1, y2) = (N("ny1"), N("ny2"));
            return new DateMention(start, end, y1, N("nm1"), N("nd1"), N("nm2"), N("nd2"), y2 != y1 ? y2 : null);
        }
        if (m.Groups["n"].Success) return new DateMention(start, end, N("ny"), N("nm"), N("nd"), null, null);
        if (m.Groups["ndr"].Success) return new DateMention(start, end, N("ny3"), N("nm3"), N("nd3"), N("nm3"), N("nd4"));
        if (m.Groups["usd"].Success) return new DateMention(start, end, null, M("udm"), N("udd"), null, null);
        if (m.Groups["iso"].Success) return new DateMention(start, end, N("iy"), N("im"), N("id"), null, null);
        if (m.Groups["of"].Success) return new DateMention(start, end, N("oy"), M("om"), N("od1"), N("od2") is null ? null : M("om"), N("od2"));
        if (m.Groups["r"].Success)
        {
            var (y1, y2) = (N("ry1"), N("ry2"));
            return new DateMention(start, end, y1 ?? y2, M("rm1") ?? M("rm2"), N("rd1"), M("rm2"), N("rd2"), y1 is not null && y2 is not null && y2 != y1 ? y2 : null);
        }
        if (m.Groups["d"].Success) return new DateMention(start, end, N("dy"), M("dm"), N("dd"), null, null);
        if (m.Groups["usr"].Success) return new DateMention(start, end, N("usy"), M("usm"), N("usd1"), M("usm"), N("usd2"));
        if (m.Groups["us"].Success) return new DateMention(start, end, N("uy"), M("um"), N("ud"), null, null);
        if (m.Groups["mr"].Success) return new DateMention(start, end, N("mry"), M("mr1"), null, M("mr2"), null);
        if (m.Groups["my"].Success) return new DateMention(start, end, N("myy"), M("mym"), null, null, null);
        if (m.Groups["yr"].Success) return N("yr2") > N("yr1") ? new DateMention(start, end, N("yr1"), null, null, null, null, N("yr2")) : null;
        if (m.Groups["y"].Success) return new DateMention(start, end, N("yy"), null, null, null, null);
        return new DateMention(start, end, null, M("bm"), null, null, null);
    }

    private static int MonthNumber(string name) => name[..3].ToLowerInvariant() switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, _ => 12,
    };

    [GeneratedRegex(@"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)")]
    private static partial Regex AnyMonth();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(
        @"(?<nr>\b(?<nd1>\d{1,2})(?<sep>[/.])(?<nm1>\d{1,2})\k<sep>(?<ny1>" + Year + @")\s*(?:-|\u2013|to|and)\s*(?<nd2>\d{1,2})\k<sep>(?<nm2>\d{1,2})\k<sep>(?<ny2>" + Year + @")\b)"
        + @"|(?<n>\b(?<nd>\d{1,2})(?<nsep>[/.])(?<nm>\d{1,2})\k<nsep>(?<ny>" + Year + @")\b)"
        + @"|(?<ndr>\b(?<nd3>\d{1,2})\s*(?:-|\u2013)\s*(?<nd4>\d{1,2})\.(?<nm3>\d{1,2})\.(?<ny3>" + Year + @")\b)"
        + @"|(?<iso>\b(?<iy>" + Year + @")-(?<im>[01]\d)-(?<id>[0-3]\d)\b)"
        + @"|(?<of>\b[Tt]he\s+(?<od1>" + Day + @")(?:\s*(?:and|-|to)\s*(?:the\s+)?(?<od2>" + Day + @"))?\s+of\s+(?<om>" + Month + @")(?:,?\s+(?<oy>" + Year + @")\b)?)"
        + @"|(?<r>\b(?<rd1>" + Day + @")(?:\s+(?<rm1>" + Month + @")(?:,?\s+(?<ry1>" + Year + @"))?)?" + To + Weekday + @"(?<rd2>" + Day + @")\s+(?<rm2>" + Month + @")(?:,?\s+(?<ry2>" + Year + @")\b)?)"
        + @"|(?<d>\b(?<dd>" + Day + @")\s+(?<dm>" + Month + @")(?:,?\s+(?<dy>" + Year + @")\b)?)"
        + @"|(?<usr>\b(?<usm>" + Month + @")\s+(?<usd1>" + Day + @")\s*(?:-|\u2013|to)\s*(?<usd2>" + Day + @"),?\s+(?<usy>" + Year + @")\b)"
        + @"|(?<us>\b(?<um>" + Month + @")\s+(?<ud>" + Day + @"),?\s+(?<uy>" + Year + @")\b)"
        + @"|(?<usd>\b(?<udm>" + Month + @")\s+(?<udd>[0-3]?\d)\b(?![,.]?\s*\d)(?!\s*(?:-|\u2013|to)\s*\d))"
        + @"|(?<mr>\b(?<mr1>" + Month + @")\s*(?:-|\u2013|to)\s*(?<mr2>" + Month + @"),?\s+(?<mry>" + Year + @")\b)"
        + @"|(?<my>\b(?<mym>" + Month + @"),?\s+(?<myy>" + Year + @")\b)"
        + @"|(?<yr>\b(?<yr1>" + Year + @")\s+to\s+(?<yr2>" + Year + @")\b)"
        + @"|(?<y>(?:(?<=\b(?:[Ii]n|during|since|[Ss]ince|by|from|until|early|late|mid|[Cc]ompleted\s+in|published|launched|endorsed|adopted)\s)|(?<=\bmid-))(?<yy>" + Year + @")\b(?!\s*[-\u2013/]\s*\d))"
        + @"|(?<b>(?:(?<=\b(?:in|In|during|since|until|by|[Ee]arly|[Ll]ate|[Mm]id|from|before|after)\s)|^)(?<bm>" + Month + @")\b(?!\s+\d))")]
    private static partial Regex Pattern();
}
