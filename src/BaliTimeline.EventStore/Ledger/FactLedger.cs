using Marten;
using Npgsql;

namespace BaliTimeline.EventStore.Ledger;

/// <summary>Reads the ledger as known at a watermark, and resolves recorded-time instants to watermarks.</summary>
public static class FactLedger
{
    public static async Task<IReadOnlyList<FactRecord>> KnownAtAsync(IQuerySession session, long watermark, CancellationToken cancellation = default)
    {
        var records = await session.Query<FactRecord>().Where(r => r.Sequence <= watermark).ToListAsync(cancellation);
        var retracted = (await session.Query<FactRetraction>().Where(r => r.Sequence <= watermark).ToListAsync(cancellation))
            .Select(r => r.Id).ToHashSet();
        return records.Where(r => !retracted.Contains(r.Id)).OrderBy(r => r.Sequence).ToArray();
    }

    /// <summary>The highest event sequence recorded at or before <paramref name="instant"/> (0 when none), or now when null.</summary>
    public static async Task<long> WatermarkAsync(IQuerySession session, DateTimeOffset? instant, CancellationToken cancellation = default)
    {
        var schema = session.DocumentStore.Options.Events.DatabaseSchemaName;
        var connection = (NpgsqlConnection)session.Connection!;
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand(
            $"select coalesce(max(seq_id), 0) from {schema}.mt_events" + (instant is null ? "" : " where timestamp <= @instant"), connection);
        if (instant is { } at) command.Parameters.AddWithValue("instant", at.ToUniversalTime());
        return (long)(await command.ExecuteScalarAsync(cancellation))!;
    }
}
