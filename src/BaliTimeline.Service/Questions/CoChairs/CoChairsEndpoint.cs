namespace BaliTimeline.Service.Questions;

public static class CoChairsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/bodies/{body}/co-chairs", (string body, string? asOf, string? knownAt, string? watermark, TimelineQueries queries, TimeProvider clock, CancellationToken ct) =>
                QuestionEndpoints.Answer(() => CoChairsQuery.AskAsync(queries, body, TimelineQuestion.Parse(asOf, knownAt, watermark, clock.GetUtcNow()), ct)))
            .WithSummary("Who co-chaired a body as of a day, since when, and the full history of changes (body by name or alias)")
            .Produces<TimelineAnswer<CoChairs>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
