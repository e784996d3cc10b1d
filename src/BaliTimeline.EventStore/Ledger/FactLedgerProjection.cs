using BaliTimeline.EventStore.Documents;
using JasperFx.Events;
using Marten;
using Marten.Events.Projections;

namespace BaliTimeline.EventStore.Ledger;

/// <summary>
/// Builds the fact ledger: a <see cref="FactRecord"/> per fact event and a <see cref="FactRetraction"/> per retraction.
/// Insert-only and a pure function of each event and its metadata, so a rebuild gives the same documents.
/// Inline: an ingestion's facts are queryable as soon as it commits. Every view is computed from this ledger at
/// question time, because each question names its own as-of date and watermark; no single stored state could answer them all.
/// </summary>
public sealed partial class FactLedgerProjection : EventProjection
{
    public FactLedgerProjection()
    {
        foreach (var type in EventTypes.All.Where(t => t.IsFact)) IncludeType(type.Type);
        IncludeType<FactRetracted>();
    }

    public override ValueTask ApplyAsync(IDocumentOperations operations, IEvent e, CancellationToken cancellation)
    {
        switch (e.Data)
        {
            case Fact fact:
                operations.Store(new FactRecord(e.Id, e.StreamKey!, e.Sequence, RecordedAt.Of(e), fact));
                break;
            case FactRetracted retracted:
                operations.Store(new FactRetraction(retracted.RetractedEventId, e.StreamKey!, e.Sequence, retracted.Reason));
                break;
        }
        return ValueTask.CompletedTask;
    }
}
