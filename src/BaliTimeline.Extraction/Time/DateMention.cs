using BaliTimeline.Facts;

namespace BaliTimeline.Extraction.Time;

/// <summary>
/// A date as written in a sentence, at [Start, End) of its normalised text. <see cref="Year"/> is null when the
/// text leaves it out ("18-21 November"): such a date needs a year from elsewhere, and says so. A range that crosses
/// a year end carries its <see cref="LastYear"/>; "2015 to 2017" is a range of whole years.
/// </summary>
public sealed record DateMention(int Start, int End, int? Year, int? FirstMonth, int? FirstDay, int? LastMonth, int? LastDay, int? LastYear = null)
{
    public bool HasYear => Year is not null;

    /// <summary>The date with its year, or null when the year is unknown or the day does not exist.</summary>
    public PartialDate? Resolve(int? year = null)
    {
        var y = Year ?? year;
        if (y is not { } first) return null;
        var last = LastYear ?? first;
        try
        {
            if (FirstMonth is not { } m1)
            {
                return last == first ? PartialDate.Year(first) : last > first ? PartialDate.Range(new DateOnly(first, 1, 1), new DateOnly(last, 12, 31)) : null;
            }
            if (FirstDay is not { } d1)
            {
                // "January to December 2013": whole months.
                if (LastMonth is not { } m2) return PartialDate.Month(first, m1);
                var (from, to) = (new DateOnly(first, m1, 1), new DateOnly(last, m2, DateTime.DaysInMonth(last, m2)));
                return to < from ? null : PartialDate.Range(from, to);
            }
            var start = new DateOnly(first, m1, d1);
            if (LastDay is not { } d2) return PartialDate.Day(first, m1, d1);
            var end = new DateOnly(last, LastMonth ?? m1, d2);
            return end < start ? null : PartialDate.Range(start, end);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
