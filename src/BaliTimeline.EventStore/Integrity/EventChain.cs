using System.Text.Json;
using System.Text.Json.Nodes;
using BaliTimeline.EventStore.Documents;
using Marten;
using Npgsql;

namespace BaliTimeline.EventStore.Integrity;

/// <summary>
/// Each event of a document's stream sealed with a hash that chains the previous event's: SHA-256 of the previous
/// hash, the stream key, the event's version, its stored type name and its data as canonical JSON (keys in ordinal
/// order, strings re-escaped, no whitespace), so the stored row (jsonb, which reorders keys) gives the same text as
/// the event written. Changing, removing or reordering any event breaks every hash after it. The hash is kept in the
/// event's <see cref="Header"/>, written with the event.
/// </summary>
public static class EventChain
{
    public const string Header = "hash";

    /// <summary>The hash before a stream's first event.</summary>
    public const string Start = "";

    public static string Next(string previous, string streamKey, long version, object data) =>
        Next(previous, streamKey, version, EventTypes.Of(data.GetType()).StoredName, JsonSerializer.SerializeToNode(data, data.GetType()));

    public static string Next(string previous, string streamKey, long version, string storedType, JsonNode? data) =>
        FactIdentity.Hash($"{previous}\n{streamKey}\n{version}\n{storedType}\n{Canonical(data)}");

    /// <summary>
    /// The hash of a stream's last event, from its stored rows, as <see cref="StoreVerifier"/> computes it. For a stream
    /// whose state cannot give it: events stored unsealed, before hashes were kept, and read now in a later shape.
    /// </summary>
    public static async Task<string> HeadAsync(IDocumentStore store, string streamKey, CancellationToken cancellation = default)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand(
            $"select version, type, data::text from {store.Options.Events.DatabaseSchemaName}.mt_events where stream_id = @stream order by version", connection);
        command.Parameters.AddWithValue("stream", streamKey);
        await using var rows = await command.ExecuteReaderAsync(cancellation);
        var head = Start;
        while (await rows.ReadAsync(cancellation)) head = Next(head, streamKey, rows.GetInt64(0), rows.GetString(1), JsonNode.Parse(rows.GetString(2)));
        return head;
    }

    private static string Canonical(JsonNode? node) => node switch
    {
        JsonObject o => "{" + string.Join(",", o.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => JsonSerializer.Serialize(p.Key) + ":" + Canonical(p.Value))) + "}",
        JsonArray a => "[" + string.Join(",", a.Select(Canonical)) + "]",
        null => "null",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => JsonSerializer.Serialize(v.GetValue<string>()),
        _ => node.ToJsonString(),
    };
}
