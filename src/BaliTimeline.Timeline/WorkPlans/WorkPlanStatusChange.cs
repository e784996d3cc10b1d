using BaliTimeline.Timeline.Queries;
using BaliTimeline.Timeline.Time;

namespace BaliTimeline.Timeline.WorkPlans;

public sealed record WorkPlanStatusChange(WorkPlanState Status, Certainty Certainty, string? AdoptedAt, Source Source);
