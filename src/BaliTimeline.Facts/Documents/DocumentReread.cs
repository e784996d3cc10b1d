using System.Text.Json.Serialization;

namespace BaliTimeline.Facts;

/// <summary>
/// The same text was read again by a newer extractor. What follows (retractions and newly read facts) is the
/// difference between the two readings; the earlier reading stays in the stream.
/// </summary>
public sealed record DocumentReread(
    [property: JsonPropertyName("sha256")] string Sha256,
    [property: JsonPropertyName("previousExtractorVersion")] int PreviousExtractorVersion,
    [property: JsonPropertyName("extractorVersion")] int ExtractorVersion);
