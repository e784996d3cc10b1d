using System.Globalization;
using BaliTimeline.Corpus.Randomness;

namespace BaliTimeline.Corpus.Calendar;

/// <summary>
/// The ways the genre writes a date: "16 November 2016", "16-17 March 2021", "from 30 November to 2 December 2021",
/// "the 16th of November 2016", "16/11/2016", "November 2016". Month names are written out here, not taken from a
/// culture, so the text is the same on every machine.
/// </summary>
public static class DateWriting
{
    public static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly string[] Weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    public static string Month(DateOnly day) => Months[day.Month - 1];

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>"16 November 2016", or "16 November" when the year is given elsewhere (a dateline, an issue date).</summary>
    public static string Day(DateOnly day, bool withYear = true) => withYear ? $"{N(day.Day)} {Month(day)} {N(day.Year)}" : $"{N(day.Day)} {Month(day)}";

    /// <summary>"November 2016".</summary>
    public static string MonthYear(DateOnly day) => $"{Month(day)} {N(day.Year)}";

    /// <summary>"16/11/2016", as annual reports and outcome lists write it.</summary>
    public static string Numeric(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>"the 16th of November 2016".</summary>
    public static string Spoken(DateOnly day, bool withYear = true) =>
        $"the {Ordinals.Numeric(day.Day)} of {Month(day)}" + (withYear ? $" {N(day.Year)}" : "");

    /// <summary>
    /// A meeting's days with the preposition the sentence needs: "on 16 November 2016", "on 16-17 March 2021",
    /// "from 16 to 17 March 2021", "on 16 and 17 March", "between 30 November and 2 December 2021".
    /// </summary>
    public static string On(Days days, SplitMix64 random, bool withYear = true)
    {
        var (start, end) = (days.Start, days.Last);
        var year = withYear ? $" {N(end.Year)}" : "";
        if (!days.IsRange)
        {
            return random.Weighted<Func<string>>(
                (8, () => $"on {Day(start, withYear)}"),
                (1, () => $"on {Weekdays[(int)start.DayOfWeek]} {Day(start, withYear)}"),
                (1, () => $"on {Spoken(start, withYear)}"))();
        }
        if (start.Month != end.Month)
        {
            return random.Weighted<Func<string>>(
                (3, () => $"from {Day(start, false)} to {Day(end, false)}{year}"),
                (1, () => $"between {Day(start, false)} and {Day(end, false)}{year}"),
                (1, () => $"on {Day(start, false)} - {Day(end, false)}{year}"))();
        }
        var month = Month(end);
        var consecutive = end.DayNumber - start.DayNumber == 1;
        return random.Weighted<Func<string>>(
            (4, () => $"on {N(start.Day)}-{N(end.Day)} {month}{year}"),
            (2, () => $"on {N(start.Day)}\u2013{N(end.Day)} {month}{year}"),
            (3, () => $"from {N(start.Day)} to {N(end.Day)} {month}{year}"),
            (consecutive ? 2 : 0, () => $"on {N(start.Day)} and {N(end.Day)} {month}{year}"),
            (1, () => $"between {N(start.Day)} and {N(end.Day)} {month}{year}"),
            (1, () => $"over {N(start.Day)}\u2013{N(end.Day)} {month}{year}"))();
    }

    /// <summary>A meeting's days as a header or a list writes them, without a preposition: "16-17 March 2021", "04 - 06 March 2024".</summary>
    public static string Bare(Days days, SplitMix64 random, bool padded = false)
    {
        var (start, end) = (days.Start, days.Last);
        string D(DateOnly d) => padded ? d.Day.ToString("00", CultureInfo.InvariantCulture) : N(d.Day);
        if (!days.IsRange) return $"{D(start)} {Month(start)} {N(start.Year)}";
        if (start.Month != end.Month) return $"{D(start)} {Month(start)} - {D(end)} {Month(end)} {N(end.Year)}";
        return padded
            ? $"{D(start)} - {D(end)} {Month(end)} {N(end.Year)}"
            : random.Weighted<Func<string>>(
                (3, () => $"{D(start)}-{D(end)} {Month(end)} {N(end.Year)}"),
                (2, () => $"{D(start)}\u2013{D(end)} {Month(end)} {N(end.Year)}"))();
    }

    /// <summary>"16/03/2021 - 17/03/2021" or "16/03/2021".</summary>
    public static string NumericRange(Days days) =>
        days.IsRange ? $"{Numeric(days.Start)} - {Numeric(days.Last)}" : Numeric(days.Start);

    /// <summary>The gold start of a meeting known to <paramref name="precision"/>.</summary>
    public static string? GoldStart(Days days, Precision precision) => precision switch
    {
        Precision.Day => Days.Iso(days.Start),
        Precision.Month => Days.IsoMonth(days.Start),
        _ => Days.IsoYear(days.Start),
    };

    public static string? GoldEnd(Days days, Precision precision) =>
        precision == Precision.Day && days.End is { } end ? Days.Iso(end) : null;
}
