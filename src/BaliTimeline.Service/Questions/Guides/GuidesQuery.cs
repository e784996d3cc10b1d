using BaliTimeline.EventStore.Views;

namespace BaliTimeline.Service.Questions;

/// <summary>The register of guides and products as of a day: each guide's status then, since when, how certain, and every source.</summary>
public static class GuidesQuery
{
    public static Task<TimelineAnswer<IReadOnlyList<GuideEntry>>> AskAsync(TimelineQueries queries, TimelineQuestion question, CancellationToken cancellation = default) =>
        queries.AskAsync(question, GuideRegister.Scope(question.AsOf), facts => GuideRegister.Answer(facts, question.AsOf), cancellation);
}
