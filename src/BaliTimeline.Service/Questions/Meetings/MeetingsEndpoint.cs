namespace BaliTimeline.Service.Questions;

public static class MeetingsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/meetings", (string? from, string? to, string? knownAt, string? watermark, TimelineQueries queries, TimeProvider clock, CancellationToken ct) =>
                QuestionEndpoints.Answer(() =>
                {
                    var now = clock.GetUtcNow();
                    return MeetingsQuery.AskAsync(queries, MeetingWindow.Parse(from, to, now), TimelineQuestion.Parse(null, knownAt, watermark, now), ct);
                }))
            .WithSummary("Every document's meetings as one timeline, in valid-time order, between two days")
            .Produces<TimelineAnswer<IReadOnlyList<MeetingEntry>>>();
}
