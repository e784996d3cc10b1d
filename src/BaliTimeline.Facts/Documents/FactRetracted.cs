using System.Text.Json.Serialization;

namespace BaliTimeline.Facts;

/// <summary>
/// A revision of the document no longer states a fact it stated before. The original event stays in the stream;
/// this one names it by its event id, and the fact's kind by its public type tag. A corrected fact is a retraction
/// followed by the fact as now stated.
/// </summary>
public sealed record FactRetracted(
    [property: JsonPropertyName("retractedEventId")] Guid RetractedEventId,
    [property: JsonPropertyName("factType")] string FactType,
    [property: JsonPropertyName("reason")] string Reason);
