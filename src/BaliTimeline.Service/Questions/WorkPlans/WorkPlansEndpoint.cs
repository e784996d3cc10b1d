namespace BaliTimeline.Service.Questions;

public static class WorkPlansEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/work-plans", (string? asOf, string? knownAt, string? watermark, TimelineQueries queries, TimeProvider clock, CancellationToken ct) =>
                QuestionEndpoints.Answer(() => WorkPlansQuery.AskAsync(queries, TimelineQuestion.Parse(asOf, knownAt, watermark, clock.GetUtcNow()), ct)))
            .WithSummary("Forward work plans per body as of a day, and the plan in force then")
            .Produces<TimelineAnswer<IReadOnlyList<BodyWorkPlans>>>();
}
