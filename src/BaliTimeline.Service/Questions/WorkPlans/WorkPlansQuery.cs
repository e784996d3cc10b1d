using BaliTimeline.EventStore.Views;

namespace BaliTimeline.Service.Questions;

/// <summary>Forward work plans per body as of a day, and the plan in force then.</summary>
public static class WorkPlansQuery
{
    public static Task<TimelineAnswer<IReadOnlyList<BodyWorkPlans>>> AskAsync(TimelineQueries queries, TimelineQuestion question, CancellationToken cancellation = default) =>
        queries.AskAsync(question, WorkPlanRegister.Scope(question.AsOf), facts => WorkPlanRegister.Answer(facts, question.AsOf), cancellation);
}
