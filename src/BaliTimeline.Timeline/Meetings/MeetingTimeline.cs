using BaliTimeline.Extraction.Facts;
using BaliTimeline.Extraction.Time;
using BaliTimeline.Timeline.Ledger;
using BaliTimeline.Timeline.Queries;
using BaliTimeline.Timeline.Time;

namespace BaliTimeline.Timeline.Meetings;

/// <summary>
/// Meetings from every document as one timeline, in valid-time order, between two days (a meeting whose dates
/// overlap the window is in it). The same numbered meeting of a body reported by several documents is one entry
/// with all its sources. Pure.
/// </summary>
public static class MeetingTimeline
{
    public static IReadOnlyList<MeetingEntry> Answer(IEnumerable<FactRecord> facts, DateOnly from, DateOnly to) =>
        facts.Select(r => (Record: r, Meeting: r.Fact as MeetingHeld))
            .Where(x => x.Meeting is { } m && m.Date.Latest >= from && m.Date.Earliest <= to)
            .GroupBy(x => x.Meeting!.Body is not null && x.Meeting.Ordinal is not null
                ? $"{x.Meeting.Body}#{x.Meeting.Ordinal}"
                : $"{x.Meeting.Name}@{x.Meeting.Date}", StringComparer.Ordinal)
            .Select(g =>
            {
                var reports = g.OrderBy(x => x.Record.Fact.Evidence.Document, StringComparer.Ordinal).ThenBy(x => x.Record.Fact.Evidence.Start).ToArray();
                var m = reports[0].Meeting!;
                return new MeetingEntry(m.Name, m.Body, m.Ordinal, m.Date, m.Location, m.Format,
                    reports.Select(x => Source.Of(x.Record, x.Meeting!.Date, x.Meeting.DateBasis)).ToArray());
            })
            .OrderBy(e => e.Date, ValidTime.Order)
            .ThenBy(e => e.Body ?? "", StringComparer.Ordinal).ThenBy(e => e.Name ?? "", StringComparer.Ordinal)
            .ToArray();
}
