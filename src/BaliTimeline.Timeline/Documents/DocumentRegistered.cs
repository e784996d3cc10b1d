using BaliTimeline.Extraction.Documents;
using BaliTimeline.Extraction.Time;

namespace BaliTimeline.Timeline.Documents;

/// <summary>
/// The first event of every document's stream: which file, which text (SHA-256 of its UTF-8 bytes) and sidecar (SHA-256
/// of its bytes, if any), and what the document says about itself, each value marked with where it came from (the
/// text, the metadata sidecar, or nowhere).
/// </summary>
public sealed record DocumentRegistered(
    string FileName,
    string Sha256,
    int Length,
    string? Title,
    ValueSource TitleSource,
    PartialDate? Date,
    ValueSource DateSource,
    string? Source,
    string? MetadataSha256,
    int ExtractorVersion);
