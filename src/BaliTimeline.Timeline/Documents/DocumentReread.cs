namespace BaliTimeline.Timeline.Documents;

/// <summary>
/// The same text was read again by a newer extractor. What follows (retractions and newly read facts) is the
/// difference between the two readings; the earlier reading stays in the stream.
/// </summary>
public sealed record DocumentReread(string Sha256, int PreviousExtractorVersion, int ExtractorVersion);
