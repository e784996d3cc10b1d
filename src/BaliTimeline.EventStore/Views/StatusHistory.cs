namespace BaliTimeline.EventStore.Views;

/// <summary>
/// The history of one thing's status as of a day, from the notes of every document. Notes of the same status whose
/// dates agree are one change ("endorsed on or before 16 May 2018" and "endorsed in March 2018" are the same fact, dated
/// March 2018, with both documents as evidence). A note dated after the day, or not dated at all, is not part of it.
/// Ordered by valid time, then by how far along the thing's life a status is. Pure.
/// </summary>
public static class StatusHistory
{
    public static IReadOnlyList<StatusChange<TState>> Of<TState>(IEnumerable<(TState Status, string? At, Source Source)> notes, DateOnly asOf)
        where TState : struct, Enum
    {
        var changes = new List<(TState Status, string? At, PartialDate Date, List<Source> Sources)>();
        foreach (var (status, at, source) in notes
                     .Where(n => ValidTime.At(n.Source.Date, asOf) is not null)
                     .OrderBy(n => n.Source.Date.Precision == DatePrecision.NotAfter)
                     .ThenBy(n => n.Source.Date, ValidTime.Order).ThenBy(n => n.Source.Document, StringComparer.Ordinal).ThenBy(n => n.Source.Start))
        {
            var same = changes.FindIndex(c => EqualityComparer<TState>.Default.Equals(c.Status, status) && Agree(c.Date, source.Date));
            if (same < 0)
            {
                changes.Add((status, at, source.Date, [source]));
                continue;
            }
            var change = changes[same];
            change.Sources.Add(source);
            changes[same] = change with { At = change.At ?? at };
        }
        return changes
            .Select(c => new StatusChange<TState>(c.Status, ValidTime.At(c.Date, asOf)!.Value, c.At, c.Date, c.Sources))
            .OrderBy(c => c.Date, ValidTime.Order).ThenBy(c => Convert.ToInt32(c.Status, System.Globalization.CultureInfo.InvariantCulture))
            .ThenBy(c => c.Sources[0].Document, StringComparer.Ordinal).ThenBy(c => c.Sources[0].Start)
            .ToArray();
    }

    /// <summary>
    /// The status as of the day: the goal status (endorsed, adopted) once it is certain, else once it is possible,
    /// else the latest status noted. A goal reached stays the status; later notes (a launch) stay in the history.
    /// </summary>
    public static StatusChange<TState> Current<TState>(IReadOnlyList<StatusChange<TState>> history, TState goal)
        where TState : struct, Enum
    {
        bool IsGoal(StatusChange<TState> c) => EqualityComparer<TState>.Default.Equals(c.Status, goal);
        return history.FirstOrDefault(c => IsGoal(c) && c.Certainty == Certainty.Certain)
            ?? history.FirstOrDefault(IsGoal)
            ?? history[^1];
    }

    /// <summary>The same date, or a bound ("on or before X") that the other date falls within.</summary>
    private static bool Agree(PartialDate kept, PartialDate other) =>
        kept.Equals(other) || other.Precision == DatePrecision.NotAfter && kept.Latest <= other.Latest;
}
