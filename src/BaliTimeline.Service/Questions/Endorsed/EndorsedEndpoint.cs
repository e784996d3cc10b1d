namespace BaliTimeline.Service.Questions;

public static class EndorsedEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/guides/endorsed", (string? asOf, string? knownAt, string? watermark, TimelineQueries queries, TimeProvider clock, CancellationToken ct) =>
                QuestionEndpoints.Answer(() => EndorsedQuery.AskAsync(queries, TimelineQuestion.Parse(asOf, knownAt, watermark, clock.GetUtcNow()), ct)))
            .WithSummary("What was endorsed as of a day")
            .Produces<TimelineAnswer<IReadOnlyList<GuideEntry>>>();
}
