using BaliTimeline.Facts;

namespace BaliTimeline.Contracts;

public sealed record GuideEntry(
    string Guide,
    GuideStatus Status,
    PartialDate Since,
    Certainty Certainty,
    string? EndorsedBy,
    IReadOnlyList<StatusChange<GuideStatus>> History);
