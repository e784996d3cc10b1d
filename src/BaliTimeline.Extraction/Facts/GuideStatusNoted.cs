using BaliTimeline.Extraction.Time;

namespace BaliTimeline.Extraction.Facts;

/// <summary>A document noted a guide's status (draft, completed, endorsement pending, launched, published) at a date.</summary>
public sealed record GuideStatusNoted(
    string Guide,
    GuideStatus Status,
    PartialDate? Date,
    DateBasis DateBasis,
    Evidence Evidence) : Fact(Evidence);
