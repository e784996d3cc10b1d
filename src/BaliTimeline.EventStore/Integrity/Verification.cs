namespace BaliTimeline.EventStore.Integrity;

/// <summary>
/// What verifying the store found: how many streams and events, how many were written before events were sealed
/// (they are chained but carry no hash of their own), the first break of each broken stream, and the store's digest.
/// </summary>
public sealed record Verification(long Streams, long Events, long Unsealed, IReadOnlyList<ChainBreak> Breaks, string Digest);
