namespace BaliTimeline.Service.Questions;

public static class BodiesEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/bodies", (string? knownAt, string? watermark, TimelineQueries queries, TimeProvider clock, CancellationToken ct) =>
                QuestionEndpoints.Answer(() => BodiesQuery.AskAsync(queries, TimelineQuestion.Parse(null, knownAt, watermark, clock.GetUtcNow()), ct)))
            .WithSummary("The Bali Process's bodies, their aliases, and how many recorded facts name each")
            .Produces<TimelineAnswer<IReadOnlyList<BodyEntry>>>();
}
