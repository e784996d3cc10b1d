using BaliTimeline.Extraction.Time;

namespace BaliTimeline.Extraction.Facts;

/// <summary>
/// A meeting, workshop or conference took place. <see cref="Name"/> is as written; <see cref="Body"/> is canonical.
/// <see cref="Date"/> is null when no text gives it (a meeting known only by its ordinal, a document without a year).
/// </summary>
public sealed record MeetingHeld(
    string? Name,
    string? Body,
    int? Ordinal,
    PartialDate? Date,
    DateBasis DateBasis,
    string? Location,
    string? Format,
    Evidence Evidence) : Fact(Evidence);
