using BaliTimeline.Facts;

namespace BaliTimeline.Extraction.Rules;

/// <summary>A date written at [Start, End) of a sentence, resolved (null when its year can be read from nowhere) with its basis.</summary>
public sealed record DatedSpan(int Start, int End, PartialDate? Date, DateBasis Basis)
{
    public bool Resolved => Date is not null;
}
