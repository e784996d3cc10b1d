using BaliTimeline.EventStore.Views;

namespace BaliTimeline.Service.Questions;

/// <summary>Who co-chaired a body as of a day, since when, and the history of changes; the body by its name or any alias.</summary>
public static class CoChairsQuery
{
    public static Task<TimelineAnswer<CoChairs>> AskAsync(TimelineQueries queries, string body, TimelineQuestion question, CancellationToken cancellation = default)
    {
        var canonical = BodyDirectory.Find(body) ?? throw new UnknownResourceException($"no body is called '{body}'");
        return queries.AskAsync(question, CoChairRegister.Scope(canonical, question.AsOf), facts => CoChairRegister.Answer(facts, canonical, question.AsOf), cancellation);
    }
}
