using System.Text.Json.Serialization;

namespace BaliTimeline.Extraction.Facts;

[JsonConverter(typeof(JsonStringEnumConverter<WorkPlanStatus>))]
public enum WorkPlanStatus
{
    Draft,
    EndorsementPending,
    /// <summary>No longer read: a plan whose progress members review is in force, so adopted; kept so stored events still read.</summary>
    Reviewed,
}
