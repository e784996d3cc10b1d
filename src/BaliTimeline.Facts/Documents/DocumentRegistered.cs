namespace BaliTimeline.Facts;

/// <summary>The first event of every document's stream: the document as first read.</summary>
public sealed record DocumentRegistered : DocumentRead;
