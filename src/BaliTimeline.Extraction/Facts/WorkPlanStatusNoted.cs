using BaliTimeline.Extraction.Time;

namespace BaliTimeline.Extraction.Facts;

/// <summary>A document noted a forward work plan's status (draft, endorsement pending, reviewed) at a date.</summary>
public sealed record WorkPlanStatusNoted(
    string Body,
    int FirstYear,
    int LastYear,
    WorkPlanStatus Status,
    PartialDate? Date,
    DateBasis DateBasis,
    Evidence Evidence) : Fact(Evidence);
