using BaliTimeline.EventStore.Ledger;

namespace BaliTimeline.EventStore.Views;

/// <summary>
/// Meetings from every document as one timeline, in valid-time order, between two days (a meeting whose dates
/// overlap the window is in it). A meeting reported by several documents is one entry with all its sources: the same
/// body's same numbered meeting, or the same name on dates that agree ("on or before 16 May 2018" agrees with
/// "16 May 2018"). The entry takes the most precise date and the fullest name any of them gives, and the place and
/// its country of the most precise report that names one. A meeting no document dates, or dates only as held on or
/// before the document's own date, cannot be placed in a window and is left out. Pure.
/// </summary>
public static class MeetingTimeline
{
    public static FactScope Scope => MeetingReport.Scope;

    /// <summary>The answer from facts in memory: <see cref="Meetings"/>, then <see cref="Entries"/>.</summary>
    public static IReadOnlyList<MeetingEntry> Answer(IEnumerable<FactRecord> facts, DateOnly from, DateOnly to)
    {
        var records = facts.ToDictionary(r => r.Id);
        return Entries(Meetings(records.Values.Select(MeetingReport.Of).OfType<MeetingReport>(), from, to), records);
    }

    /// <summary>
    /// The meetings in the window, each as its reports. Which reports are of one meeting and the meeting's date are
    /// read of the reports alone, so this needs the whole facts of none of them.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<MeetingReport>> Meetings(IEnumerable<MeetingReport> reports, DateOnly from, DateOnly to) =>
        MeetingClusters.Of(reports.OrderBy(r => r.Document, StringComparer.Ordinal).ThenBy(r => r.Start).ThenBy(r => r.Sequence))
            .Where(c => Best(c, r => r.Date, r => r.Name).Date is var date
                && date.Precision != DatePrecision.NotAfter && date.Latest >= from && date.Earliest <= to)
            .ToArray();

    /// <summary>The timeline's entries for those meetings, from the whole facts of their reports.</summary>
    public static IReadOnlyList<MeetingEntry> Entries(IEnumerable<IReadOnlyList<MeetingReport>> meetings, IReadOnlyDictionary<Guid, FactRecord> records) =>
        meetings
            .Select(reports =>
            {
                var c = reports.Select(r => records[r.Id]).Select(record => (Record: record, Meeting: (MeetingHeld)record.Fact)).ToArray();
                var best = Best(c.Select(x => x.Meeting), m => m.Date!, m => m.Name);
                var named = c.Select(x => x.Meeting).Where(m => m.Name is not null).MaxBy(m => m.Name!.Length);
                return new MeetingEntry(named?.Name ?? best.Name, best.Body ?? c.Select(x => x.Meeting.Body).FirstOrDefault(b => b is not null),
                    best.Ordinal ?? c.Select(x => x.Meeting.Ordinal).FirstOrDefault(o => o is not null), best.Date!,
                    best.Location ?? c.Select(x => x.Meeting.Location).FirstOrDefault(l => l is not null),
                    best.Country ?? c.Select(x => x.Meeting.Country).FirstOrDefault(l => l is not null),
                    best.Format ?? c.Select(x => x.Meeting.Format).FirstOrDefault(f => f is not null),
                    c.Select(x => Source.Of(x.Record.Fact.Evidence, x.Meeting.Date!, x.Meeting.DateBasis)).ToArray());
            })
            .OrderBy(e => e.Date, ValidTime.Order)
            .ThenBy(e => e.Body ?? "", StringComparer.Ordinal).ThenBy(e => e.Name ?? "", StringComparer.Ordinal)
            .ToArray();

    /// <summary>The report an entry takes its date (and, failing others, its details) from: the most precise date, then the fullest name.</summary>
    private static T Best<T>(IEnumerable<T> reports, Func<T, PartialDate> date, Func<T, string?> name) =>
        reports.OrderByDescending(r => Precision(date(r))).ThenByDescending(r => name(r)?.Length ?? 0).First();

    private static int Precision(PartialDate date) => date.Precision switch
    {
        DatePrecision.Day => 5,
        DatePrecision.Range => 4,
        DatePrecision.Month => 3,
        DatePrecision.Year => 2,
        _ => 1,
    };
}
