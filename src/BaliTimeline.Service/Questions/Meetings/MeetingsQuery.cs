using BaliTimeline.EventStore.Views;

namespace BaliTimeline.Service.Questions;

/// <summary>Every document's meetings as one timeline, in valid-time order, within a window. No valid-time day: the window is the valid-time axis.</summary>
public static class MeetingsQuery
{
    public static async Task<TimelineAnswer<IReadOnlyList<MeetingEntry>>> AskAsync(TimelineQueries queries, MeetingWindow window, TimelineQuestion question, CancellationToken cancellation = default) =>
        await queries.AskAsync(question, MeetingTimeline.Scope, facts => MeetingTimeline.Answer(facts, window.From, window.To), cancellation) with { AsOf = null };
}
