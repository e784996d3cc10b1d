using System.Text.Json.Serialization;

namespace BaliTimeline.Facts;

/// <summary>
/// A reading of a document's file: which file, which text (SHA-256 of its UTF-8 bytes) and sidecar (SHA-256 of its bytes,
/// if any), which extractor read it, and what the document says about itself, each value marked with where it came from
/// (the text, the metadata sidecar, or nowhere). Registered the first time, revised every time the text or sidecar changes.
/// </summary>
public abstract record DocumentRead
{
    [JsonPropertyName("fileName"), JsonPropertyOrder(0)] public string FileName { get; init; } = "";

    [JsonPropertyName("sha256"), JsonPropertyOrder(2)] public string Sha256 { get; init; } = "";

    [JsonPropertyName("length"), JsonPropertyOrder(3)] public int Length { get; init; }

    [JsonPropertyName("title"), JsonPropertyOrder(4)] public string? Title { get; init; }

    [JsonPropertyName("titleSource"), JsonPropertyOrder(5)] public ValueSource TitleSource { get; init; }

    [JsonPropertyName("date"), JsonPropertyOrder(6)] public PartialDate? Date { get; init; }

    [JsonPropertyName("dateSource"), JsonPropertyOrder(7)] public ValueSource DateSource { get; init; }

    /// <summary>Where the document came from, as its sidecar says.</summary>
    [JsonPropertyName("source"), JsonPropertyOrder(8)] public string? Source { get; init; }

    [JsonPropertyName("metadataSha256"), JsonPropertyOrder(9)] public string? MetadataSha256 { get; init; }

    [JsonPropertyName("extractorVersion"), JsonPropertyOrder(10)] public int ExtractorVersion { get; init; }
}
