using BaliTimeline.EventStore.Documents;
using Marten;

namespace BaliTimeline.Service.Questions;

public static class EventsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/documents/{document}/events", async (string document, IDocumentStore store, CancellationToken ct) =>
            {
                var stream = await DocumentEvent.StreamAsync(store, document, ct);
                return stream.Count == 0
                    ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown document", detail: $"no stream '{DocumentKey.For(document)}' in the store")
                    : Results.Json(stream, Json.Options);
            })
            .WithSummary("One document's event stream, with the provenance of every fact")
            .Produces<IReadOnlyList<DocumentEvent>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
