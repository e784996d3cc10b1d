using System.Text.Json.Serialization;

namespace BaliTimeline.Facts;

/// <summary>A guide or other product was endorsed, by <see cref="EndorsedBy"/> (a meeting or body, as written) when the text says.</summary>
public sealed record GuideEndorsed(
    [property: JsonPropertyName("guide")] string Guide,
    [property: JsonPropertyName("endorsedBy")] string? EndorsedBy,
    [property: JsonPropertyName("date")] PartialDate? Date,
    [property: JsonPropertyName("dateBasis")] DateBasis DateBasis,
    Evidence Evidence) : Fact(Evidence);
