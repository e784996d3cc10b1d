using BaliTimeline.Facts;

namespace BaliTimeline.Contracts;

public sealed record WorkPlanEntry(
    int FirstYear,
    int LastYear,
    WorkPlanStatus Status,
    PartialDate Since,
    Certainty Certainty,
    string? AdoptedAt,
    IReadOnlyList<StatusChange<WorkPlanStatus>> History);
