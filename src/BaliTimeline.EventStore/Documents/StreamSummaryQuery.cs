using Marten;

namespace BaliTimeline.EventStore.Documents;

/// <summary>Every document stream at a glance, in stream-key order, from <see cref="DocumentSummaryProjection"/>.</summary>
public static class StreamSummaryQuery
{
    public static async Task<IReadOnlyList<StreamSummary>> RunAsync(IDocumentStore store, CancellationToken cancellation = default)
    {
        await using var session = store.QuerySession();
        var summaries = await session.Query<DocumentSummary>().OrderBy(s => s.Id).ToListAsync(cancellation);
        return summaries.Select(s => s.ToAnswer()).ToArray();
    }
}
