using System.Text.Json.Serialization;

namespace BaliTimeline.Facts;

/// <summary>
/// A meeting, workshop or conference took place. <see cref="Name"/> is as written; <see cref="Body"/> is canonical.
/// <see cref="Date"/> is null when no text gives it (a meeting known only by its ordinal, a document without a year).
/// <see cref="Country"/> is the country the <see cref="Location"/> names or lies in ("Bangkok": Thailand), null
/// when it names no place known. Added in the event's second shape (stored as <c>meeting_held_v2</c>); events of the
/// first shape (<c>meeting_held</c>) are upcast on read, their country worked out from their location the same way.
/// </summary>
public sealed record MeetingHeld(
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("body")] string? Body,
    [property: JsonPropertyName("ordinal")] int? Ordinal,
    [property: JsonPropertyName("date")] PartialDate? Date,
    [property: JsonPropertyName("dateBasis")] DateBasis DateBasis,
    [property: JsonPropertyName("location")] string? Location,
    [property: JsonPropertyName("country")] string? Country,
    [property: JsonPropertyName("format")] string? Format,
    Evidence Evidence) : Fact(Evidence);
