using System.Text.Json.Serialization;

namespace BaliTimeline.Facts;

/// <summary>
/// From <see cref="EffectiveFrom"/>, <see cref="Member"/> co-chairs <see cref="Body"/> through <see cref="Agency"/>, or
/// through an agency the text does not name (a country, or a minister or ambassador by title) when it is null.
/// The event states what one document shows at one date; ordering the changes is a projection's job, so the
/// event does not depend on which documents were ingested before it.
/// </summary>
public sealed record CoChairChanged(
    [property: JsonPropertyName("body")] string Body,
    [property: JsonPropertyName("member")] string Member,
    [property: JsonPropertyName("agency")] string? Agency,
    [property: JsonPropertyName("effectiveFrom")] PartialDate? EffectiveFrom,
    [property: JsonPropertyName("dateBasis")] DateBasis DateBasis,
    Evidence Evidence) : Fact(Evidence);
