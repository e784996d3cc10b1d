using BaliTimeline.Facts;
using BaliTimeline.Timeline.Time;

namespace BaliTimeline.Timeline.Guides;

public sealed record GuideEntry(
    string Guide,
    GuideStatus Status,
    PartialDate Since,
    Certainty Certainty,
    string? EndorsedBy,
    IReadOnlyList<StatusChange<GuideStatus>> History);
