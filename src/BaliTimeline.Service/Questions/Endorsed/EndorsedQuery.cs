using BaliTimeline.EventStore.Views;

namespace BaliTimeline.Service.Questions;

/// <summary>What was endorsed as of a day, certainly or possibly, with the evidence.</summary>
public static class EndorsedQuery
{
    public static Task<TimelineAnswer<IReadOnlyList<GuideEntry>>> AskAsync(TimelineQueries queries, TimelineQuestion question, CancellationToken cancellation = default) =>
        queries.AskAsync(question, GuideRegister.Scope(question.AsOf), facts => GuideRegister.Endorsed(facts, question.AsOf), cancellation);
}
