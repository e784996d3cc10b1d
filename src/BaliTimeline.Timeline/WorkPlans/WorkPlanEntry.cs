using BaliTimeline.Extraction.Time;
using BaliTimeline.Timeline.Time;

namespace BaliTimeline.Timeline.WorkPlans;

public sealed record WorkPlanEntry(
    int FirstYear,
    int LastYear,
    WorkPlanState Status,
    PartialDate Since,
    Certainty Certainty,
    string? AdoptedAt,
    IReadOnlyList<StatusChange<WorkPlanState>> History);
