using System.Globalization;
using System.Text.Json.Serialization;

namespace BaliTimeline.Facts;

/// <summary>
/// A date as precise as the document states it. Stored and printed as ISO 8601 at its precision:
/// <c>2018-05-16</c>, <c>2018-05</c>, <c>2018</c>, a range <c>2018-05-14/2018-05-16</c>, and
/// "on or before" as the open-start interval <c>../2018-05-16</c> (ISO 8601-2).
/// </summary>
[JsonConverter(typeof(PartialDateJsonConverter))]
public sealed record PartialDate
{
    private PartialDate(DatePrecision precision, DateOnly earliest, DateOnly latest)
    {
        Precision = precision;
        Earliest = earliest;
        Latest = latest;
    }

    public DatePrecision Precision { get; }

    /// <summary>The first day the date can denote (DateOnly.MinValue for <see cref="DatePrecision.NotAfter"/>).</summary>
    public DateOnly Earliest { get; }

    /// <summary>The last day the date can denote.</summary>
    public DateOnly Latest { get; }

    public static PartialDate Day(int year, int month, int day) =>
        new(DatePrecision.Day, new DateOnly(year, month, day), new DateOnly(year, month, day));

    public static PartialDate Month(int year, int month) =>
        new(DatePrecision.Month, new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));

    public static PartialDate Year(int year) =>
        new(DatePrecision.Year, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    public static PartialDate Range(DateOnly first, DateOnly last) =>
        first == last ? Day(first.Year, first.Month, first.Day)
        : first < last ? new(DatePrecision.Range, first, last)
        : throw new ArgumentException($"A date range must not end ({last:yyyy-MM-dd}) before it starts ({first:yyyy-MM-dd}).");

    public static PartialDate NotAfter(DateOnly last) => new(DatePrecision.NotAfter, DateOnly.MinValue, last);

    /// <summary>The latest day this date can denote, as an "on or before" date.</summary>
    public PartialDate AsNotAfter() => NotAfter(Latest);

    public override string ToString() => Precision switch
    {
        DatePrecision.Day => Iso(Earliest),
        DatePrecision.Month => Earliest.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        DatePrecision.Year => Earliest.ToString("yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Range => $"{Iso(Earliest)}/{Iso(Latest)}",
        _ => $"../{Iso(Latest)}",
    };

    public static PartialDate Parse(string text) =>
        TryParse(text, out var date) ? date : throw new FormatException($"'{text}' is not an ISO 8601 date at day, month or year precision, a range 'a/b' or '../b'.");

    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PartialDate? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text)) return false;
        text = text.Trim();
        var slash = text.IndexOf('/');
        if (slash >= 0)
        {
            var (start, end) = (text[..slash], text[(slash + 1)..]);
            if (!TryDay(end, out var last)) return false;
            if (start == "..") { date = NotAfter(last); return true; }
            if (!TryDay(start, out var first) || first > last) return false;
            date = Range(first, last);
            return true;
        }
        if (TryDay(text, out var day)) { date = Day(day.Year, day.Month, day.Day); return true; }
        if (DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            date = Month(month.Year, month.Month);
            return true;
        }
        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1)
        {
            date = Year(year);
            return true;
        }
        return false;
    }

    private static bool TryDay(string text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
