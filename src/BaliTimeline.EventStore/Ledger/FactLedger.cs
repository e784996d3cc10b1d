using BaliTimeline.EventStore.Rebuilds;
using Marten;

namespace BaliTimeline.EventStore.Ledger;

/// <summary>Reads the ledger as known at a watermark, and resolves recorded-time instants to watermarks.</summary>
public static class FactLedger
{
    /// <summary>
    /// The ledger's projection and its indexes. Live, it is inline, so an ingestion's facts are readable as soon as it commits.
    /// </summary>
    public static void Configure(StoreOptions options, ViewPlacement views)
    {
        options.Projections.Add(views.Named(new FactLedgerProjection()), views.Lifecycle);
        // A question's rows are one range of this index: its kinds, its body (if any), recorded up to the watermark.
        // The first day is checked on the rows it finds: the check lets rows without one through, so no index range fits it.
        options.Schema.For<FactRecord>().Index([r => r.Kind, r => r.Body!, r => r.Sequence]);
    }

    /// <summary>The facts of a scope known at a watermark, in the order they were recorded.</summary>
    public static async Task<IReadOnlyList<FactRecord>> KnownAtAsync(IQuerySession session, FactScope scope, long watermark, CancellationToken cancellation = default) =>
        await KnownAt(session, scope, watermark).ToListAsync(cancellation);

    /// <summary>The query <see cref="KnownAtAsync"/> runs, for those who need its SQL (the benchmark sends it directly).</summary>
    public static IQueryable<FactRecord> KnownAt(IQuerySession session, FactScope scope, long watermark)
    {
        var records = session.Query<FactRecord>()
            .Where(r => r.Kind.IsOneOf(scope.Kinds.ToArray()) && r.Sequence <= watermark && (r.RetractedAt == null || r.RetractedAt > watermark));
        if (scope.Body is { } body) records = records.Where(r => r.Body == body);
        // Undated facts, and rows a version before ValidFrom wrote, have none: they are read, and the view judges them.
        if (FactRecord.DayKey(scope.ValidBy) is { } day) records = records.Where(r => r.ValidFrom == null || r.ValidFrom <= day);
        return records.OrderBy(r => r.Sequence);
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
