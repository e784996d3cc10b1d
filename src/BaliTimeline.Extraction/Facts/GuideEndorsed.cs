using BaliTimeline.Extraction.Time;

namespace BaliTimeline.Extraction.Facts;

/// <summary>A guide or other product was endorsed, by <see cref="EndorsedBy"/> (a meeting or body, as written) when the text says.</summary>
public sealed record GuideEndorsed(
    string Guide,
    string? EndorsedBy,
    PartialDate? Date,
    DateBasis DateBasis,
    Evidence Evidence) : Fact(Evidence);
