using BaliTimeline.Timeline.Queries;
using BaliTimeline.Timeline.Time;

namespace BaliTimeline.Timeline.Guides;

/// <summary>One status a document noted for a guide, with its source (whose date is the status's date).</summary>
public sealed record GuideStatusChange(GuideState Status, Certainty Certainty, string? EndorsedBy, Source Source);
