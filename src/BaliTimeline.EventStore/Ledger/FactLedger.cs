using BaliTimeline.EventStore.Rebuilds;
using Marten;
using Npgsql;

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
    public static IQueryable<FactRecord> KnownAt(IQuerySession session, FactScope scope, long watermark) =>
        Known(session, scope, watermark).OrderBy(r => r.Sequence);

    /// <summary>The rows of a scope known at a watermark, in no order.</summary>
    private static IQueryable<FactRecord> Known(IQuerySession session, FactScope scope, long watermark)
    {
        var records = session.Query<FactRecord>()
            .Where(r => r.Kind.IsOneOf(scope.Kinds.ToArray()) && r.Sequence <= watermark && (r.RetractedAt == null || r.RetractedAt > watermark));
        if (scope.Body is { } body) records = records.Where(r => r.Body == body);
        // Undated facts, and rows a version before ValidFrom wrote, have none: they are read, and the view judges them.
        if (FactRecord.DayKey(scope.ValidBy) is { } day) records = records.Where(r => r.ValidFrom == null || r.ValidFrom <= day);
        return records;
    }

    /// <summary>
    /// The dated meeting reports known at a watermark, each only as far as <see cref="MeetingReport"/> reads it: the
    /// ledger's own query for meetings, with the fields matching reads taken out of each row in the database.
    /// </summary>
    public static async Task<IReadOnlyList<MeetingReport>> MeetingReportsAsync(IQuerySession session, long watermark, CancellationToken cancellation = default)
    {
        var command = MeetingReports(session, watermark);
        await using var reader = await session.ExecuteReaderAsync(command, cancellation);
        var reports = new List<MeetingReport>();
        while (await reader.ReadAsync(cancellation))
        {
            // A whole row is in memory once read (not sequential access), so its columns are read without awaiting.
            if (reader.IsDBNull(7)) continue;
            reports.Add(new MeetingReport(reader.GetGuid(0), reader.GetInt64(1), reader.GetString(2), reader.GetInt32(3),
                reader.IsDBNull(4) ? null : reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetInt32(6), PartialDate.Parse(reader.GetString(7))));
        }
        return reports;
    }

    /// <summary>The statement <see cref="MeetingReportsAsync"/> sends, for those who need its SQL (the benchmark sends it directly).</summary>
    public static NpgsqlCommand MeetingReports(IQuerySession session, long watermark)
    {
        var command = Known(session, MeetingReport.Scope, watermark).ToCommand();
        // Marten cannot select a subtype's members (it would read whole rows and select in memory), so its query is
        // wrapped: the same rows, found the same way, with only these fields of each leaving the database. Unordered:
        // the view orders the reports itself, and sorting whole rows first would spill them to disk.
        command.CommandText = $$"""
            select (r.data ->> 'id')::uuid, (r.data ->> 'sequence')::bigint, r.data #>> '{fact,evidence,document}', (r.data #>> '{fact,evidence,start}')::int,
                   r.data #>> '{fact,name}', r.data #>> '{fact,body}', (r.data #>> '{fact,ordinal}')::int, r.data #>> '{fact,date}'
            from ({{command.CommandText.TrimEnd(';', ' ')}}) as r
            """;
        return command;
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
