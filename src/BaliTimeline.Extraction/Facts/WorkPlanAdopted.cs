using BaliTimeline.Extraction.Time;

namespace BaliTimeline.Extraction.Facts;

/// <summary>A body's forward work plan for <see cref="FirstYear"/>-<see cref="LastYear"/> was agreed, adopted or endorsed.</summary>
public sealed record WorkPlanAdopted(
    string Body,
    int FirstYear,
    int LastYear,
    string? AdoptedAt,
    PartialDate? Date,
    DateBasis DateBasis,
    Evidence Evidence) : Fact(Evidence);
