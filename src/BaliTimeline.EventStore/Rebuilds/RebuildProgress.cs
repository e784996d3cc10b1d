namespace BaliTimeline.EventStore.Rebuilds;

/// <summary>How far a rebuild is: the event sequence its copy has reached, the last event appended, and its pace since it (re)started.</summary>
public sealed record RebuildProgress(long Done, long Target, double EventsPerSecond);
