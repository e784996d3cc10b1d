namespace BaliTimeline.Facts;

public enum DatePrecision
{
    Day,
    Month,
    Year,
    /// <summary>A closed range of days, e.g. a meeting held "14 - 16 May 2018".</summary>
    Range,
    /// <summary>Known only to have happened on or before a day, e.g. "were endorsed at" in a report of that day.</summary>
    NotAfter,
}
