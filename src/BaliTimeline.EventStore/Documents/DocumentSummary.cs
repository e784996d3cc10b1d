namespace BaliTimeline.EventStore.Documents;

/// <summary>A document stream at a glance, kept by <see cref="DocumentSummaryProjection"/>: one row per stream, its id the stream key.</summary>
public sealed record DocumentSummary(string Id, string? Title, long Version, long Facts, long Revisions, long Retractions, DateTimeOffset LastChanged)
{
    public StreamSummary ToAnswer() => new(Id, Title, Version, Facts, Revisions, Retractions, LastChanged);
}
