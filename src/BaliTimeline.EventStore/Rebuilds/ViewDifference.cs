namespace BaliTimeline.EventStore.Rebuilds;

/// <summary>A row of a view that the live and the rebuilt copy do not hold alike: its table, its id, its document stream if it has one, and how.</summary>
public sealed record ViewDifference(string Table, string Id, string? Stream, string How);
