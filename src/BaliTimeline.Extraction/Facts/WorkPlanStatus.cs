using System.Text.Json.Serialization;

namespace BaliTimeline.Extraction.Facts;

[JsonConverter(typeof(JsonStringEnumConverter<WorkPlanStatus>))]
public enum WorkPlanStatus
{
    Draft,
    EndorsementPending,
    /// <summary>Members discussed the plan or reviewed progress against it.</summary>
    Reviewed,
}
