using System.Text.Json.Serialization;

namespace BaliTimeline.Facts;

/// <summary>
/// A meeting, workshop or conference took place. <see cref="Name"/> is as written; <see cref="Body"/> is canonical.
/// <see cref="Date"/> is null when no text gives it (a meeting known only by its ordinal, a document without a year).
/// </summary>
public sealed record MeetingHeld(
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("body")] string? Body,
    [property: JsonPropertyName("ordinal")] int? Ordinal,
    [property: JsonPropertyName("date")] PartialDate? Date,
    [property: JsonPropertyName("dateBasis")] DateBasis DateBasis,
    [property: JsonPropertyName("location")] string? Location,
    [property: JsonPropertyName("format")] string? Format,
    Evidence Evidence) : Fact(Evidence);
