using BaliTimeline.Extraction.Time;
using BaliTimeline.Timeline.Time;

namespace BaliTimeline.Timeline.Guides;

public sealed record GuideEntry(
    string Guide,
    GuideState Status,
    PartialDate Since,
    Certainty Certainty,
    string? EndorsedBy,
    IReadOnlyList<StatusChange<GuideState>> History);
