using System.Text.Json.Serialization;

namespace BaliTimeline.Facts;

/// <summary>
/// The stages of a forward work plan, in their order. A <see cref="WorkPlanStatusNoted"/> notes any but
/// <see cref="Adopted"/>, which is its own event (<see cref="WorkPlanAdopted"/>).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<WorkPlanStatus>))]
public enum WorkPlanStatus
{
    [JsonStringEnumMemberName("Draft")] Draft,
    [JsonStringEnumMemberName("EndorsementPending")] EndorsementPending,
    /// <summary>No longer read: a plan whose progress members review is in force, so adopted; kept so stored events still read.</summary>
    [JsonStringEnumMemberName("Reviewed")] Reviewed,
    [JsonStringEnumMemberName("Adopted")] Adopted,
}
