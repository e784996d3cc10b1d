using System.Text.Json.Serialization;

namespace BaliTimeline.Facts;

/// <summary>
/// The stages of a guide's life, in their order. A <see cref="GuideStatusNoted"/> notes any but
/// <see cref="Endorsed"/>, which is its own event (<see cref="GuideEndorsed"/>); each note is a fact of its own, never merged.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<GuideStatus>))]
public enum GuideStatus
{
    [JsonStringEnumMemberName("Draft")] Draft,
    [JsonStringEnumMemberName("Completed")] Completed,
    /// <summary>"would be endorsed out of session", "ahead of seeking endorsement": not endorsed yet.</summary>
    [JsonStringEnumMemberName("EndorsementPending")] EndorsementPending,
    [JsonStringEnumMemberName("Endorsed")] Endorsed,
    [JsonStringEnumMemberName("Launched")] Launched,
    [JsonStringEnumMemberName("Published")] Published,
    /// <summary>No longer read (a plan to update is not a status the guide has); kept so stored events still read.</summary>
    [JsonStringEnumMemberName("UpdatePlanned")] UpdatePlanned,
}
