namespace BaliTimeline.Service.Questions;

public static class GuidesEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/guides", (string? asOf, string? knownAt, string? watermark, TimelineQueries queries, TimeProvider clock, CancellationToken ct) =>
                QuestionEndpoints.Answer(() => GuidesQuery.AskAsync(queries, TimelineQuestion.Parse(asOf, knownAt, watermark, clock.GetUtcNow()), ct)))
            .WithSummary("The register of guides and products as of a day: status, since when, certainty, every source")
            .Produces<TimelineAnswer<IReadOnlyList<GuideEntry>>>();
}
