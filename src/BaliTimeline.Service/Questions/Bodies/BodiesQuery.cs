using BaliTimeline.EventStore.Views;

namespace BaliTimeline.Service.Questions;

/// <summary>The Bali Process's bodies, their aliases, and how many recorded facts name each. No valid-time day: bodies are not dated.</summary>
public static class BodiesQuery
{
    public static async Task<TimelineAnswer<IReadOnlyList<BodyEntry>>> AskAsync(TimelineQueries queries, TimelineQuestion question, CancellationToken cancellation = default) =>
        await queries.AskAsync(question, BodyDirectory.Scope, BodyDirectory.Answer, cancellation) with { AsOf = null };
}
