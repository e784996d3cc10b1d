using System.Diagnostics;
using BaliTimeline.EventStore.Documents;
using BaliTimeline.EventStore.Ledger;
using JasperFx.Events.Daemon;
using Marten;
using Npgsql;

namespace BaliTimeline.EventStore.Rebuilds;

/// <summary>
/// Rebuilds the views blue/green. The code's projections build a copy of the views in a shadow schema
/// (<see cref="ViewPlacement.Shadow"/>), in bulk (<see cref="BulkViewBuilder"/>) and then through Marten's async
/// daemon, while the live views keep answering and ingestion goes on. When the copy has caught up, it is compared with
/// the live views as of its checkpoint; then appends are held for a moment, the copy reaches the last event, the rows
/// the events since the checkpoint touched are compared again, and (for a rebuild) the copy takes the live views' place
/// in the same transaction, so a reader sees either the old views or the new ones, never a half-built one. The daemon
/// keeps its checkpoint in the event schema, so a rebuild that is stopped or killed resumes where it was.
/// </summary>
public sealed class ViewRebuild : IAsyncDisposable
{
    /// <summary>How long the views may take to reach the last event once appends are held, before the switch gives up.</summary>
    public static readonly TimeSpan FinalCatchUpLimit = TimeSpan.FromMinutes(2);

    private static readonly Type[] ViewDocuments = [typeof(FactRecord), typeof(DocumentSummary)];

    private readonly string connectionString;
    private readonly string eventSchema;
    private readonly DocumentStore shadow;
    private IProjectionDaemon? daemon;
    private NpgsqlConnection? exclusive;

    public ViewRebuild(string connectionString, string eventSchema = TimelineStore.DefaultSchema)
    {
        (this.connectionString, this.eventSchema) = (connectionString, eventSchema);
        shadow = TimelineStore.CreateShadow(connectionString, eventSchema);
    }

    private string ShadowSchema => shadow.Options.DatabaseSchemaName;

    /// <summary>Where the switch puts the views it replaces until they are dropped.</summary>
    private string RetiredSchema => ShadowSchema + "_retired";

    private IEnumerable<string> Tables => ViewDocuments.Select(t => ((IReadOnlyStoreOptions)shadow.Options).FindOrResolveDocumentType(t).TableName.Name);

    /// <summary>The names of the copy's progress rows, as the daemon writes them.</summary>
    private IEnumerable<string> Shards => ((JasperFx.Events.IEventStore)shadow).RegisteredShardNames().Select(s => s.Identity);

    /// <summary>
    /// Creates the shadow schema if needed and says where the build starts: 0 for a fresh build, or the checkpoint of
    /// one that was stopped before its switch. A copy without a checkpoint is a leftover and is emptied, as is any copy
    /// when <paramref name="fresh"/>.
    /// </summary>
    public async Task<long> PrepareAsync(bool fresh = false, CancellationToken cancellation = default)
    {
        // One rebuild at a time per store: two would run two daemons on one copy, and the second switch would find none.
        exclusive = await OpenAsync(cancellation);
        await using (var claim = new NpgsqlCommand("select pg_try_advisory_lock(hashtext(@key))", exclusive))
        {
            claim.Parameters.AddWithValue("key", $"rebuild {eventSchema}");
            if (!(bool)(await claim.ExecuteScalarAsync(cancellation))!) throw new RebuildException($"another rebuild of the views of {eventSchema} is running; nothing was changed");
        }
        await SchemaChanges.ApplyAsync(shadow);
        await using var connection = await OpenAsync(cancellation);
        // Views a switch replaced, left by a process stopped before it dropped them.
        await ExecuteAsync(connection, $"drop schema if exists {RetiredSchema} cascade", cancellation);
        var checkpoints = await CheckpointsAsync(connection, cancellation);
        if (!fresh && checkpoints.Count == Shards.Count()) return checkpoints.Values.Min();
        await ExecuteAsync(connection, $"truncate {string.Join(", ", Tables.Select(t => $"{ShadowSchema}.{t}"))}", cancellation);
        await ExecuteAsync(connection, $"delete from {eventSchema}.mt_event_progression where name = any(@shards)", cancellation, ("shards", Shards.ToArray()));
        return 0;
    }

    /// <summary>
    /// Builds the copy up to the last event appended, in bulk and then with the daemon, reporting as it goes. Appends
    /// that arrive meanwhile are followed; stopping (cancellation, or a kill) leaves a checkpoint to resume from.
    /// Returns the last report.
    /// </summary>
    public async Task<RebuildProgress> CatchUpAsync(IProgress<RebuildProgress>? progress = null, CancellationToken cancellation = default)
    {
        await using var connection = await OpenAsync(cancellation);
        var (start, clock) = (await CheckpointAsync(connection, cancellation), Stopwatch.StartNew());
        RebuildProgress Report(long done, long target) => new(done, target, (done - start) / Math.Max(clock.Elapsed.TotalSeconds, 0.001));
        if (daemon is null)
        {
            // The bulk of the events in pages, then the daemon for what arrives meanwhile and any append in flight.
            var target = await LastEventAsync(connection, cancellation);
            await new BulkViewBuilder(shadow, eventSchema, Shards.ToArray()).BuildAsync(start, target, done => progress?.Report(Report(done, target)), cancellation);
        }
        await RunDaemonAsync();
        while (true)
        {
            var (done, target) = (await CheckpointAsync(connection, cancellation), await LastEventAsync(connection, cancellation));
            var report = Report(done, target);
            progress?.Report(report);
            if (done >= target) return report;
            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellation);
        }
    }

    /// <summary>
    /// Holds appends, lets the copy reach the last event, compares it with the live views and, when
    /// <paramref name="switchViews"/>, puts it in their place, all in one transaction. Without the switch the copy stays,
    /// caught up, for a later rebuild to resume from.
    /// </summary>
    public async Task<ViewComparison> FinishAsync(bool switchViews, CancellationToken cancellation = default)
    {
        await using var connection = await OpenAsync(cancellation);
        // The whole comparison is made before appends are held, as of the copy's checkpoint: a row no later event
        // touches is the same then and at the switch in both views. Under the lock only the rows later events touched
        // are compared again, so appends wait for those alone.
        await RunDaemonAsync();
        var compared = await CheckpointAsync(connection, cancellation);
        var early = await CompareAsync(connection, touchedAfter: null, compared, cancellation);
        await using var transaction = await connection.BeginTransactionAsync(cancellation);
        // Share mode lets the daemon and every question read the events, and makes every append wait until the end.
        await ExecuteAsync(connection, $"lock table {eventSchema}.mt_events in share mode", cancellation);
        var held = new HeldClock();
        var last = await LastEventAsync(connection, cancellation);
        var waited = Stopwatch.StartNew();
        await RunDaemonAsync();
        while (await CheckpointAsync(connection, cancellation) < last)
        {
            if (waited.Elapsed > FinalCatchUpLimit) throw new RebuildException($"the rebuilt views did not reach event {last} within {FinalCatchUpLimit.TotalSeconds:N0} s; nothing was switched");
            await Task.Delay(TimeSpan.FromMilliseconds(50), cancellation);
        }
        held.Took("catch-up");
        await StopDaemonAsync();
        held.Took("daemon stop");
        var late = await CompareAsync(connection, touchedAfter: compared, last, cancellation);
        held.Took("comparison");
        var touched = late.Touched.ToHashSet();
        var differences = early.Differences.Where(d => !touched.Contains((d.Table, d.Id))).Concat(late.Differences)
            .OrderBy(d => d.Table, StringComparer.Ordinal).ThenBy(d => d.Id, StringComparer.Ordinal).ToArray();
        if (!switchViews)
        {
            await transaction.RollbackAsync(cancellation);
            held.Took("rollback");
            return new ViewComparison(last, differences, held.Steps);
        }
        // The old views are moved aside and dropped once appends go on: dropping a table makes its commit scan the
        // shared buffers and unlink its files, which took a quarter of a second for a 700,000-row table here.
        await ExecuteAsync(connection, $"create schema {RetiredSchema}", cancellation);
        foreach (var table in Tables)
        {
            await ExecuteAsync(connection, $"alter table if exists {eventSchema}.{table} set schema {RetiredSchema}", cancellation);
            await ExecuteAsync(connection, $"alter table {ShadowSchema}.{table} set schema {eventSchema}", cancellation);
        }
        await ExecuteAsync(connection, $"delete from {eventSchema}.mt_event_progression where name = any(@shards)", cancellation, ("shards", Shards.ToArray()));
        await ExecuteAsync(connection, $"drop schema {ShadowSchema} cascade", cancellation);
        held.Took("switch");
        await transaction.CommitAsync(cancellation);
        held.Took("commit");
        var comparison = new ViewComparison(last, differences, held.Steps);
        await ExecuteAsync(connection, $"drop schema {RetiredSchema} cascade", cancellation);
        return comparison;
    }

    /// <summary>How long each step took while appends were held, from the moment the lock was granted.</summary>
    private sealed class HeldClock
    {
        private readonly Stopwatch clock = Stopwatch.StartNew();
        private readonly List<HeldStep> steps = [];
        private TimeSpan marked;

        public IReadOnlyList<HeldStep> Steps => steps;

        public void Took(string step)
        {
            var now = clock.Elapsed;
            steps.Add(new HeldStep(step, now - marked));
            marked = now;
        }
    }

    private async Task RunDaemonAsync()
    {
        if (daemon is not null) return;
        daemon = await shadow.BuildProjectionDaemonAsync();
        await daemon.StartAllAsync();
    }

    /// <summary>
    /// The rows that differ between the live views and the copy, both at <paramref name="upTo"/>: every row, or, after
    /// <paramref name="touchedAfter"/>, only the rows the events in (touchedAfter, upTo] touched, which it also returns.
    /// </summary>
    private async Task<(IReadOnlyList<ViewDifference> Differences, IReadOnlyList<(string Table, string Id)> Touched)> CompareAsync(
        NpgsqlConnection connection, long? touchedAfter, long upTo, CancellationToken cancellation)
    {
        var (differences, touched) = (new List<ViewDifference>(), new List<(string, string)>());
        foreach (var (type, table) in ViewDocuments.Zip(Tables))
        {
            var rows = touchedAfter is null
                ? $"select l.id as lid, r.id as rid, l.data as ldata, r.data as rdata from {eventSchema}.{table} l full join {ShadowSchema}.{table} r on l.id = r.id"
                : $"select t.id as lid, t.id as rid, l.data as ldata, r.data as rdata from ({TouchedBy(type)}) t(id) " +
                  $"left join {eventSchema}.{table} l on l.id = t.id left join {ShadowSchema}.{table} r on r.id = t.id";
            await using var command = new NpgsqlCommand(
                $"""
                 select coalesce(lid, rid)::text, coalesce(ldata, rdata) ->> 'stream',
                        case when ldata is null then 'only in the rebuilt view' when rdata is null then 'only in the live view' else 'differs' end,
                        ldata is distinct from rdata
                 from ({rows}) compared
                 where {(touchedAfter is null ? "ldata is distinct from rdata" : "true")}
                 """, connection);
            command.Parameters.AddWithValue("after", touchedAfter ?? 0L);
            command.Parameters.AddWithValue("upTo", upTo);
            await using var reader = await command.ExecuteReaderAsync(cancellation);
            while (await reader.ReadAsync(cancellation))
            {
                var id = reader.GetString(0);
                touched.Add((table, id));
                if (reader.GetBoolean(3)) differences.Add(new ViewDifference(table, id, reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2)));
            }
        }
        return (differences, touchedAfter is null ? [] : touched);
    }

    /// <summary>
    /// The ids of a view's rows that events in (@after, @upTo] touched: a ledger row is keyed by its fact's event id and
    /// closed by a retraction naming it; a summary is keyed by its stream. Mind this when a view projection changes keys.
    /// </summary>
    private string TouchedBy(Type view)
    {
        var range = $"from {eventSchema}.mt_events where seq_id > @after and seq_id <= @upTo";
        return view == typeof(FactRecord)
            ? $"select id {range} union select (data ->> 'retractedEventId')::uuid {range} and type = '{EventTypes.Of(typeof(FactRetracted)).StoredName}'"
            : $"select distinct stream_id {range}";
    }

    private async Task<Dictionary<string, long>> CheckpointsAsync(NpgsqlConnection connection, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand($"select name, last_seq_id from {eventSchema}.mt_event_progression where name = any(@shards)", connection);
        command.Parameters.AddWithValue("shards", Shards.ToArray());
        var checkpoints = new Dictionary<string, long>();
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation)) checkpoints[reader.GetString(0)] = reader.GetInt64(1);
        return checkpoints;
    }

    /// <summary>The sequence every view of the copy has reached (0 until each has a checkpoint).</summary>
    private async Task<long> CheckpointAsync(NpgsqlConnection connection, CancellationToken cancellation)
    {
        var checkpoints = await CheckpointsAsync(connection, cancellation);
        return checkpoints.Count == Shards.Count() ? checkpoints.Values.Min() : 0;
    }

    private async Task<long> LastEventAsync(NpgsqlConnection connection, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand($"select coalesce(max(seq_id), 0) from {eventSchema}.mt_events", connection);
        return (long)(await command.ExecuteScalarAsync(cancellation))!;
    }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellation)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellation);
        return connection;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellation, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        await command.ExecuteNonQueryAsync(cancellation);
    }

    private async Task StopDaemonAsync()
    {
        if (daemon is null) return;
        await daemon.StopAllAsync();
        daemon.Dispose();
        daemon = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopDaemonAsync();
        if (exclusive is not null)
        {
            // A pooled connection keeps its session, and the lock with it, unless told.
            await ExecuteAsync(exclusive, "select pg_advisory_unlock_all()", CancellationToken.None);
            await exclusive.DisposeAsync();
        }
        shadow.Dispose();
    }
}
