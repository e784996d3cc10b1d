namespace BaliTimeline.EventStore.Rebuilds;

/// <summary>A rebuild that could not finish; the live views are as they were.</summary>
public sealed class RebuildException(string message) : Exception(message);
