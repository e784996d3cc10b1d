namespace BaliTimeline.EventStore.Documents;

public enum IngestionOutcome
{
    New,
    Unchanged,
    Revised,
    /// <summary>The same text, read again by a newer extractor version.</summary>
    Reread,
}
