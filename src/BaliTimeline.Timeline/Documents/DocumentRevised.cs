using BaliTimeline.Extraction.Documents;
using BaliTimeline.Extraction.Time;

namespace BaliTimeline.Timeline.Documents;

/// <summary>
/// A changed text, or a changed metadata sidecar, arrived for a document already registered. What follows it in the stream (retractions and newly
/// read facts) is the difference between what the two texts state; nothing before it is changed.
/// </summary>
public sealed record DocumentRevised(
    string FileName,
    string PreviousSha256,
    string Sha256,
    int Length,
    string? Title,
    ValueSource TitleSource,
    PartialDate? Date,
    ValueSource DateSource,
    string? Source,
    string? MetadataSha256,
    int ExtractorVersion);
