namespace BaliTimeline.EventStore.Documents;

/// <summary>A document stream at a glance, kept by <see cref="DocumentSummaryProjection"/>: one row per stream, its id the stream key.</summary>
public sealed record DocumentSummary(string Id, string? Title, long Version, long Facts, long Revisions, long Retractions, DateTimeOffset LastChanged)
{
    /// <summary>The name of the file the stream is the document of.</summary>
    public string? FileName { get; init; }

    /// <summary>The full path the stream's latest reading was read from (<see cref="DocumentOrigin"/>); null for streams written before it was kept.</summary>
    public string? ReadFrom { get; init; }

    /// <summary>The SHA-256 of the latest text read, and of its sidecar if it had one.</summary>
    public string? Sha256 { get; init; }

    public string? MetadataSha256 { get; init; }

    public StreamSummary ToAnswer() => new(Id, Title, Version, Facts, Revisions, Retractions, LastChanged);
}
