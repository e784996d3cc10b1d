namespace BaliTimeline.EventStore.Views;

/// <summary>
/// Valid time, the world's clock. A partial date denotes every day from its earliest to its latest; as of a day D,
/// a fact is certain once its latest day has passed (a month once the whole month is over, "on or before X" once X
/// is reached), possible while D falls inside its span, and not yet known to have happened before its earliest day.
/// </summary>
public static class ValidTime
{
    public static Certainty? At(PartialDate date, DateOnly asOf) =>
        date.Earliest > asOf ? null : date.Latest <= asOf ? Certainty.Certain : Certainty.Possible;

    /// <summary>An as-of date as a user writes it: a day, or a month or year meaning its last day.</summary>
    public static bool TryParseAsOf(string? text, out DateOnly asOf)
    {
        asOf = default;
        if (!PartialDate.TryParse(text, out var date) || date.Precision is not (DatePrecision.Day or DatePrecision.Month or DatePrecision.Year)) return false;
        asOf = date.Latest;
        return true;
    }

    /// <summary>Orders dates by when they happened: by their last possible day, then by their first.</summary>
    public static IComparer<PartialDate> Order { get; } = Comparer<PartialDate>.Create((a, b) =>
    {
        var byLatest = a.Latest.CompareTo(b.Latest);
        return byLatest != 0 ? byLatest : a.Earliest.CompareTo(b.Earliest);
    });
}
