namespace BaliTimeline.Timeline.Documents;

/// <summary>
/// A revision of the document no longer states a fact it stated before. The original event stays in the stream;
/// this one names it by its event id. A corrected fact is a retraction followed by the fact as now stated.
/// </summary>
public sealed record FactRetracted(Guid RetractedEventId, string FactType, string Reason);
