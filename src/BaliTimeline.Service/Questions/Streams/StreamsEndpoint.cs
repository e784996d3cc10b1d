using BaliTimeline.EventStore.Documents;
using Marten;

namespace BaliTimeline.Service.Questions;

public static class StreamsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/documents", async (IDocumentStore store, CancellationToken ct) => Results.Ok(await StreamSummaryQuery.RunAsync(store, ct)))
            .WithSummary("Every document stream at a glance")
            .Produces<IReadOnlyList<StreamSummary>>();
}
