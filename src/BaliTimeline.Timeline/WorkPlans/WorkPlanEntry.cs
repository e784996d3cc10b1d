using BaliTimeline.Facts;
using BaliTimeline.Timeline.Time;

namespace BaliTimeline.Timeline.WorkPlans;

public sealed record WorkPlanEntry(
    int FirstYear,
    int LastYear,
    WorkPlanStatus Status,
    PartialDate Since,
    Certainty Certainty,
    string? AdoptedAt,
    IReadOnlyList<StatusChange<WorkPlanStatus>> History);
