using System.Text.Json.Serialization;

namespace BaliTimeline.Extraction.Facts;

[JsonConverter(typeof(KebabCaseEnumConverter<WorkPlanStatus>))]
public enum WorkPlanStatus
{
    Draft,
    EndorsementPending,
    /// <summary>Members discussed the plan or reviewed progress against it.</summary>
    Reviewed,
}
