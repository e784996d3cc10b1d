namespace BaliTimeline.Extraction.Time;

/// <summary>
/// A date as written in a sentence, at [Start, End) of its normalised text. <see cref="Year"/> is null when the
/// text leaves it out ("18-21 November"): such a date needs a year from elsewhere, and says so.
/// </summary>
public sealed record DateMention(int Start, int End, int? Year, int? FirstMonth, int? FirstDay, int? LastMonth, int? LastDay)
{
    public bool HasYear => Year is not null;

    /// <summary>The date with its year, or null when the year is unknown or the day does not exist.</summary>
    public PartialDate? Resolve(int? year = null)
    {
        var y = Year ?? year;
        if (y is not { } yy) return null;
        try
        {
            if (FirstMonth is not { } m1) return PartialDate.Year(yy);
            if (FirstDay is not { } d1) return PartialDate.Month(yy, m1);
            var first = new DateOnly(yy, m1, d1);
            if (LastDay is not { } d2) return PartialDate.Day(yy, m1, d1);
            var last = new DateOnly(yy, LastMonth ?? m1, d2);
            return last < first ? null : PartialDate.Range(first, last);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
