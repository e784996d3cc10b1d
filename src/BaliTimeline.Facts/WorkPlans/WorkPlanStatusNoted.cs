using System.Text.Json.Serialization;

namespace BaliTimeline.Facts;

/// <summary>A document noted a forward work plan's status short of adoption (draft, endorsement pending) at a date.</summary>
public sealed record WorkPlanStatusNoted(
    [property: JsonPropertyName("body")] string Body,
    [property: JsonPropertyName("firstYear")] int FirstYear,
    [property: JsonPropertyName("lastYear")] int LastYear,
    [property: JsonPropertyName("status")] WorkPlanStatus Status,
    [property: JsonPropertyName("date")] PartialDate? Date,
    [property: JsonPropertyName("dateBasis")] DateBasis DateBasis,
    Evidence Evidence) : Fact(Evidence);
