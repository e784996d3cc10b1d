using System.Text.Json.Serialization;

namespace BaliTimeline.Facts;

/// <summary>A body's forward work plan for <see cref="FirstYear"/>-<see cref="LastYear"/> was agreed, adopted or endorsed.</summary>
public sealed record WorkPlanAdopted(
    [property: JsonPropertyName("body")] string Body,
    [property: JsonPropertyName("firstYear")] int FirstYear,
    [property: JsonPropertyName("lastYear")] int LastYear,
    [property: JsonPropertyName("adoptedAt")] string? AdoptedAt,
    [property: JsonPropertyName("date")] PartialDate? Date,
    [property: JsonPropertyName("dateBasis")] DateBasis DateBasis,
    Evidence Evidence) : Fact(Evidence);
