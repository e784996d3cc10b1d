namespace BaliTimeline.Corpus;

/// <summary>What a written corpus holds: documents, the events they state, and the size of their text in bytes.</summary>
public sealed record CorpusSummary(int Documents, long Events, long TextBytes);
