using System.Text;
using System.Text.Json.Nodes;
using BaliTimeline.EventStore.Documents;
using Marten;
using Npgsql;

namespace BaliTimeline.EventStore.Integrity;

/// <summary>
/// Recomputes every document stream's hash chain from the event rows as stored and compares it with the hash each
/// event was sealed with when it was written. It reads the rows themselves, not events deserialized by Marten: a
/// field added to a row by hand, which a class would ignore, must not go unseen. The store's digest chains every
/// stream's last hash, in stream-key order: an auditor who keeps a digest can later prove that no event has been
/// changed, removed or added since. Verified up to a watermark, it checks the store as an answer at that watermark saw
/// it, and the digest is that answer's: it stays the same however many events are added later.
/// </summary>
public static class StoreVerifier
{
    public static async Task<Verification> VerifyAsync(IDocumentStore store, long? watermark = null, CancellationToken cancellation = default)
    {
        var schema = store.Options.Events.DatabaseSchemaName;
        await using var session = store.QuerySession();
        var connection = (NpgsqlConnection)session.Connection!;
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand(
            $"select stream_id, version, seq_id, type, data::text, headers ->> '{EventChain.Header}' from {schema}.mt_events where stream_id <> @tombstones and seq_id <= @watermark order by stream_id, version",
            connection);
        command.Parameters.AddWithValue("tombstones", TimelineStore.MartenTombstoneStream);
        command.Parameters.AddWithValue("watermark", watermark ?? long.MaxValue);
        await using var rows = await command.ExecuteReaderAsync(cancellation);

        var breaks = new List<ChainBreak>();
        var heads = new List<(string Stream, long Version, string Head)>();
        var (count, unsealed) = (0L, 0L);
        string? stream = null;
        var (version, head, sequence, sealedBefore, broken) = (0L, EventChain.Start, 0L, false, false);
        while (await rows.ReadAsync(cancellation))
        {
            var (key, storedVersion, storedSequence, type) = (rows.GetString(0), rows.GetInt64(1), rows.GetInt64(2), rows.GetString(3));
            if (key != stream)
            {
                if (stream is not null) heads.Add((stream, version, head));
                (stream, version, head, sequence, sealedBefore, broken) = (key, 0L, EventChain.Start, 0L, false, false);
            }
            count++;
            var expected = EventChain.Next(head, key, ++version, type, JsonNode.Parse(rows.GetString(4)));
            var stored = rows.IsDBNull(5) ? null : rows.GetString(5);
            var reason = storedVersion != version ? $"version {storedVersion} where {version} was expected (an event is missing or was moved)"
                : storedSequence <= sequence ? $"sequence {storedSequence} after {sequence}: events out of their recorded order"
                : stored is null && sealedBefore ? "the event has no hash, though an earlier event of its stream has one"
                : stored is not null && stored != expected ? "the event is not the one that was written (its hash does not match)"
                : null;
            if (stored is null) unsealed++;
            sealedBefore |= stored is not null;
            if (reason is not null && !broken) breaks.Add(new ChainBreak(key, storedSequence, storedVersion, reason));
            broken |= reason is not null;
            (head, sequence) = (expected, storedSequence);
        }
        if (stream is not null) heads.Add((stream, version, head));

        var digest = new StringBuilder();
        foreach (var (key, last, hash) in heads.OrderBy(h => h.Stream, StringComparer.Ordinal)) digest.Append($"{key} {last} {hash}\n");
        return new Verification(heads.Count, count, unsealed, breaks, FactIdentity.Hash(digest.ToString()));
    }
}
