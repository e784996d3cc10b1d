namespace BaliTimeline.EventStore.Documents;

/// <summary>What a reading does to a document's stream: the outcome, and the events to append, each with its deterministic id.</summary>
public sealed record DocumentDecision(IngestionOutcome Outcome, IReadOnlyList<(Guid Id, object Data)> Events);
