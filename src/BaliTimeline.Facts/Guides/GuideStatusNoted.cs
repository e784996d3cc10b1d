using System.Text.Json.Serialization;

namespace BaliTimeline.Facts;

/// <summary>A document noted a guide's status short of endorsement, or after it (draft, completed, endorsement pending, launched, published), at a date.</summary>
public sealed record GuideStatusNoted(
    [property: JsonPropertyName("guide")] string Guide,
    [property: JsonPropertyName("status")] GuideStatus Status,
    [property: JsonPropertyName("date")] PartialDate? Date,
    [property: JsonPropertyName("dateBasis")] DateBasis DateBasis,
    Evidence Evidence) : Fact(Evidence);
