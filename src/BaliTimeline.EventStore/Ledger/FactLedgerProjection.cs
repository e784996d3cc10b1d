using BaliTimeline.EventStore.Documents;
using JasperFx.Events;
using Marten;
using Marten.Events.Projections;
using Marten.Patching;

namespace BaliTimeline.EventStore.Ledger;

/// <summary>
/// Builds the fact ledger: a <see cref="FactRecord"/> per fact event, whose retraction closes its recorded-time
/// interval. A pure function of each event and its metadata, so a rebuild gives the same documents.
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
        if (RecordOf(e) is { } record) operations.Store(record);
        // A fact is always recorded before its retraction, so the record exists to be closed.
        if (RetractionOf(e) is { } retraction) operations.Patch<FactRecord>(retraction.Record).Set(r => r.RetractedAt, retraction.At);
        return ValueTask.CompletedTask;
    }

    /// <summary>The record a fact event adds to the ledger; null for any other event.</summary>
    public static FactRecord? RecordOf(IEvent e) =>
        e.Data is Fact fact ? new FactRecord(e.Id, e.StreamKey!, e.Sequence, RecordedAt.Of(e), fact) : null;

    /// <summary>The record a retraction closes, and the sequence that closes it; null for any other event.</summary>
    public static (Guid Record, long At)? RetractionOf(IEvent e) =>
        e.Data is FactRetracted retracted ? (retracted.RetractedEventId, e.Sequence) : null;
}
