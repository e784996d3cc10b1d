namespace BaliTimeline.Extraction.Reading;

/// <summary>What a clause says happened to the event it names; the verb and its tense decide, not the document's date.</summary>
public enum Modality
{
    Happened,
    /// <summary>Will be, would be, is to be, scheduled, planned, expected, intended, next.</summary>
    Planned,
    Postponed,
    Cancelled,
}
