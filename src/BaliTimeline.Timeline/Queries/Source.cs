using BaliTimeline.Facts;
using BaliTimeline.Timeline.Ledger;

namespace BaliTimeline.Timeline.Queries;

/// <summary>The evidence for one answer: which document, the exact quote and its span, and the fact's date and its basis.</summary>
public sealed record Source(string Document, string Quote, int Start, int End, PartialDate Date, DateBasis DateBasis)
{
    public static Source Of(FactRecord record, PartialDate date, DateBasis basis) =>
        new(record.Fact.Evidence.Document, record.Fact.Evidence.Quote, record.Fact.Evidence.Start, record.Fact.Evidence.End, date, basis);
}
