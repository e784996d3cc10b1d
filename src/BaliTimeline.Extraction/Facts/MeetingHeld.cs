using BaliTimeline.Extraction.Time;

namespace BaliTimeline.Extraction.Facts;

/// <summary>A meeting, workshop or conference took place. <see cref="Name"/> is as written; <see cref="Body"/> is canonical.</summary>
public sealed record MeetingHeld(
    string? Name,
    string? Body,
    int? Ordinal,
    PartialDate Date,
    DateBasis DateBasis,
    string? Location,
    string? Format,
    Evidence Evidence) : Fact(Evidence);
