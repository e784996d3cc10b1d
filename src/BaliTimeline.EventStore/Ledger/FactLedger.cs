using JasperFx.Events.Projections;
using Marten;

namespace BaliTimeline.EventStore.Ledger;

/// <summary>Reads the ledger as known at a watermark, and resolves recorded-time instants to watermarks.</summary>
public static class FactLedger
{
    /// <summary>The ledger's projection, inline so an ingestion's facts are readable as soon as it commits, and its indexes.</summary>
    public static void Configure(StoreOptions options)
    {
        options.Projections.Add(new FactLedgerProjection(), ProjectionLifecycle.Inline);
        options.Schema.For<FactRecord>().Index(r => r.Sequence);
        options.Schema.For<FactRetraction>().Index(r => r.Sequence);
    }

    public static async Task<IReadOnlyList<FactRecord>> KnownAtAsync(IQuerySession session, long watermark, CancellationToken cancellation = default)
    {
        var records = await session.Query<FactRecord>().Where(r => r.Sequence <= watermark).ToListAsync(cancellation);
        var retracted = (await session.Query<FactRetraction>().Where(r => r.Sequence <= watermark).ToListAsync(cancellation))
            .Select(r => r.Id).ToHashSet();
        return records.Where(r => !retracted.Contains(r.Id)).OrderBy(r => r.Sequence).ToArray();
    }

    /// <summary>
    /// The highest event sequence committed at or before <paramref name="instant"/> (0 when none), or now when null.
    /// Not a safe bound for answers by itself (<see cref="HighWaterMark"/>).
    /// </summary>
    public static async Task<long> LastSequenceAsync(IQuerySession session, DateTimeOffset? instant, CancellationToken cancellation = default)
    {
        IQueryable<JasperFx.Events.IEvent> events = session.Events.QueryAllRawEvents();
        if (instant is { } at) events = events.Where(e => e.Timestamp <= at.ToUniversalTime());
        return (await events.OrderByDescending(e => e.Sequence).FirstOrDefaultAsync(cancellation))?.Sequence ?? 0;
    }
}
