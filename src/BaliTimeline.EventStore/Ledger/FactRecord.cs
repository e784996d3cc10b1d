namespace BaliTimeline.EventStore.Ledger;

/// <summary>
/// One fact as the store recorded it: the fact, the stream it came from, and the sequence number and time it was
/// recorded. With <see cref="FactRetraction"/> it is a bitemporal index: a fact is known at watermark W when its
/// sequence is at most W and no retraction of it is.
/// </summary>
public sealed record FactRecord(Guid Id, string Stream, long Sequence, DateTimeOffset RecordedAt, Fact Fact);
