using BaliTimeline.Extraction.Time;

namespace BaliTimeline.Extraction.Facts;

/// <summary>
/// From <see cref="EffectiveFrom"/>, <see cref="Member"/>'s co-chair agency for <see cref="Body"/> is <see cref="Agency"/>.
/// The event states what one document shows at one date; ordering the changes is a projection's job, so the
/// event does not depend on which documents were ingested before it.
/// </summary>
public sealed record CoChairChanged(
    string Body,
    string Member,
    string Agency,
    PartialDate EffectiveFrom,
    DateBasis DateBasis,
    Evidence Evidence) : Fact(Evidence);
