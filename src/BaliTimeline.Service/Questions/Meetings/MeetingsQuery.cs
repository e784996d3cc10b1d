using BaliTimeline.EventStore.Ledger;
using BaliTimeline.EventStore.Views;
using Marten;

namespace BaliTimeline.Service.Questions;

/// <summary>
/// Every document's meetings as one timeline, in valid-time order, within a window. No valid-time day: the window is
/// the valid-time axis. Read in two steps: every report only as far as matching reads it, then whole facts for the
/// meetings in the window alone.
/// </summary>
public static class MeetingsQuery
{
    public static async Task<TimelineAnswer<IReadOnlyList<MeetingEntry>>> AskAsync(TimelineQueries queries, MeetingWindow window, TimelineQuestion question, CancellationToken cancellation = default) =>
        await queries.AskAsync(question, async (session, watermark, ct) =>
        {
            var meetings = MeetingTimeline.Meetings(await FactLedger.MeetingReportsAsync(session, watermark, ct), window.From, window.To);
            var records = await session.LoadManyAsync<FactRecord>(ct, meetings.SelectMany(m => m).Select(r => r.Id));
            return MeetingTimeline.Entries(meetings, records.ToDictionary(r => r.Id));
        }, cancellation) with { AsOf = null };
}
