using System.Text.Json.Serialization;

namespace BaliTimeline.Timeline.WorkPlans;

[JsonConverter(typeof(JsonStringEnumConverter<WorkPlanState>))]
public enum WorkPlanState
{
    Draft,
    EndorsementPending,
    Reviewed,
    Adopted,
}
