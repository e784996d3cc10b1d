using System.Text.Json.Serialization;

namespace BaliTimeline.Facts;

/// <summary>Why the store believes a fact: the document, the exact quote, and its character span [Start, End) in the document.</summary>
public sealed record Evidence(
    [property: JsonPropertyName("document")] string Document,
    [property: JsonPropertyName("quote")] string Quote,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End);
