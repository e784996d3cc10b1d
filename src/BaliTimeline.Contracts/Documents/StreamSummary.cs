namespace BaliTimeline.Contracts;

/// <summary>One document stream at a glance: its key, title, events, facts, revisions and last change.</summary>
public sealed record StreamSummary(string StreamKey, string? Title, long Version, long Facts, long Revisions, long Retractions, DateTimeOffset LastChanged);
