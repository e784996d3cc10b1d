using System.Globalization;

namespace BaliTimeline.Corpus.Calendar;

/// <summary>When a meeting was held: one day, or a run of days from <see cref="Start"/> to <see cref="End"/>.</summary>
public sealed record Days(DateOnly Start, DateOnly? End = null)
{
    public DateOnly Last => End ?? Start;

    public bool IsRange => End is not null;

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string IsoMonth(DateOnly day) => day.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static string IsoYear(DateOnly day) => day.Year.ToString(CultureInfo.InvariantCulture);
}
