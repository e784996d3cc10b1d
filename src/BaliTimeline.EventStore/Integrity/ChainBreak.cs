namespace BaliTimeline.EventStore.Integrity;

/// <summary>Where a stream's chain breaks: the stream, the event's sequence and version, and why.</summary>
public sealed record ChainBreak(string Stream, long Sequence, long Version, string Reason);
