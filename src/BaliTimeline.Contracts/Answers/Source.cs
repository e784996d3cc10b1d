using BaliTimeline.Facts;

namespace BaliTimeline.Contracts;

/// <summary>The evidence for one answer: which document, the exact quote and its span, and the fact's date and its basis.</summary>
public sealed record Source(string Document, string Quote, int Start, int End, PartialDate Date, DateBasis DateBasis)
{
    public static Source Of(Evidence evidence, PartialDate date, DateBasis basis) =>
        new(evidence.Document, evidence.Quote, evidence.Start, evidence.End, date, basis);
}
