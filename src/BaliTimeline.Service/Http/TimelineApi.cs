using BaliTimeline.EventStore.Documents;
using BaliTimeline.EventStore.Queries;
using BaliTimeline.Service.Output;
using Marten;

namespace BaliTimeline.Service.Http;

/// <summary>
/// The read-only HTTP API: the auditors' questions as GET endpoints. Each takes the valid-time day (asOf) and the
/// recorded-time axis (knownAt, or the watermark an earlier answer returned), and returns the answer with both axes
/// and its evidence. Endpoints only translate: parsing and answering live in the Timeline library.
/// </summary>
public static class TimelineApi
{
    public static IEndpointRouteBuilder MapTimelineApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Timeline");

        api.MapGet("/guides", (string? asOf, string? knownAt, string? watermark, TimelineQueries queries, TimeProvider clock, CancellationToken ct) =>
                Answer(() => queries.GuidesAsync(TimelineQuestion.Parse(asOf, knownAt, watermark, clock.GetUtcNow()), ct)))
            .WithSummary("The register of guides and products as of a day: status, since when, certainty, every source");

        api.MapGet("/guides/endorsed", (string? asOf, string? knownAt, string? watermark, TimelineQueries queries, TimeProvider clock, CancellationToken ct) =>
                Answer(() => queries.EndorsedAsync(TimelineQuestion.Parse(asOf, knownAt, watermark, clock.GetUtcNow()), ct)))
            .WithSummary("What was endorsed as of a day");

        api.MapGet("/bodies", (string? knownAt, string? watermark, TimelineQueries queries, TimeProvider clock, CancellationToken ct) =>
                Answer(() => queries.BodiesAsync(TimelineQuestion.Parse(null, knownAt, watermark, clock.GetUtcNow()), ct)))
            .WithSummary("The Bali Process's bodies, their aliases, and how many recorded facts name each");

        api.MapGet("/bodies/{body}/co-chairs", (string body, string? asOf, string? knownAt, string? watermark, TimelineQueries queries, TimeProvider clock, CancellationToken ct) =>
                Answer(() => queries.CoChairsAsync(body, TimelineQuestion.Parse(asOf, knownAt, watermark, clock.GetUtcNow()), ct)))
            .WithSummary("Who co-chaired a body as of a day, since when, and the full history of changes (body by name or alias)");

        api.MapGet("/work-plans", (string? asOf, string? knownAt, string? watermark, TimelineQueries queries, TimeProvider clock, CancellationToken ct) =>
                Answer(() => queries.WorkPlansAsync(TimelineQuestion.Parse(asOf, knownAt, watermark, clock.GetUtcNow()), ct)))
            .WithSummary("Forward work plans per body as of a day, and the plan in force then");

        api.MapGet("/meetings", (string? from, string? to, string? knownAt, string? watermark, TimelineQueries queries, TimeProvider clock, CancellationToken ct) =>
                Answer(() =>
                {
                    var now = clock.GetUtcNow();
                    var question = TimelineQuestion.Parse(null, knownAt, watermark, now);
                    var first = string.IsNullOrWhiteSpace(from) ? DateOnly.MinValue : TimelineQuestion.ParseFrom("from", from);
                    var last = string.IsNullOrWhiteSpace(to) ? DateOnly.MaxValue : TimelineQuestion.ParseAsOf("to", to, now);
                    return queries.MeetingsAsync(first, last, question, ct);
                }))
            .WithSummary("Every document's meetings as one timeline, in valid-time order, between two days");

        api.MapGet("/documents", async (IDocumentStore store, CancellationToken ct) => Results.Ok(await StreamSummaryQuery.RunAsync(store, ct)))
            .WithSummary("Every document stream at a glance");

        api.MapGet("/documents/{document}/events", async (string document, IDocumentStore store, CancellationToken ct) =>
            {
                await using var session = store.QuerySession();
                var stream = await session.Events.FetchStreamAsync(DocumentKey.For(document), token: ct);
                return stream.Count == 0
                    ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown document", detail: $"no stream '{DocumentKey.For(document)}' in the store")
                    : Results.Json(stream.Select(e => new { e.Version, e.Sequence, e.Id, RecordedAt = e.Timestamp, Event = Json.Event(e.Data) }), Json.Options);
            })
            .WithSummary("One document's event stream, with the provenance of every fact");

        return app;
    }

    private static async Task<IResult> Answer<T>(Func<Task<T>> ask)
    {
        try
        {
            return Results.Json(await ask(), Json.Options);
        }
        catch (InvalidParameterException e)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { [e.Parameter] = [e.Reason] }, title: $"Invalid parameter '{e.Parameter}'");
        }
        catch (UnknownResourceException e)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: e.Message);
        }
    }
}
