namespace BaliTimeline.EventStore.Documents;

/// <summary>A document stream at a glance, kept by <see cref="DocumentSummaryProjection"/>: one row per stream, its id the stream key.</summary>
public sealed record DocumentSummary(string Id, string? Title, long Version, long Facts, long Revisions, long Retractions, DateTimeOffset LastChanged)
{
    /// <summary>The name of the file the stream is the document of.</summary>
    public string? FileName { get; init; }

    public StreamSummary ToAnswer() => new(Id, Title, Version, Facts, Revisions, Retractions, LastChanged);
}
