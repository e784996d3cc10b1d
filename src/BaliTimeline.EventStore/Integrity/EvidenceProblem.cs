namespace BaliTimeline.EventStore.Integrity;

/// <summary>A stream whose file or quote does not match the store, with the file and why.</summary>
public sealed record EvidenceProblem(string Stream, string Path, string Reason);
