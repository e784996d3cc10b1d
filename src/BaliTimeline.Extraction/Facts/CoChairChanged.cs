using BaliTimeline.Extraction.Time;

namespace BaliTimeline.Extraction.Facts;

/// <summary>
/// From <see cref="EffectiveFrom"/>, <see cref="Member"/> co-chairs <see cref="Body"/> through <see cref="Agency"/>, or
/// through an agency the text does not name (a country, or a minister or ambassador by title) when it is null.
/// The event states what one document shows at one date; ordering the changes is a projection's job, so the
/// event does not depend on which documents were ingested before it.
/// </summary>
public sealed record CoChairChanged(
    string Body,
    string Member,
    string? Agency,
    PartialDate? EffectiveFrom,
    DateBasis DateBasis,
    Evidence Evidence) : Fact(Evidence);
