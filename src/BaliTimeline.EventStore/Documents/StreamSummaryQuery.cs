using Marten;
using Npgsql;

namespace BaliTimeline.EventStore.Documents;

/// <summary>
/// Every document stream at a glance, read straight from Marten's stream and event tables in one query.
/// It counts by stored event name, which <see cref="EventTypes"/> keeps stable.
/// </summary>
public static class StreamSummaryQuery
{
    public static async Task<IReadOnlyList<StreamSummary>> RunAsync(IDocumentStore store, CancellationToken cancellation = default)
    {
        var schema = store.Options.Events.DatabaseSchemaName;
        var sql = $"""
            select s.id, s.version, s.timestamp,
              (select e.data->>'title' from {schema}.mt_events e
                where e.stream_id = s.id and e.type in ('document_registered', 'document_revised') order by e.version desc limit 1),
              count(e.*) filter (where e.type not in ('document_registered', 'document_revised', 'document_reread', 'fact_retracted')),
              count(e.*) filter (where e.type in ('document_revised', 'document_reread')),
              count(e.*) filter (where e.type = 'fact_retracted')
            from {schema}.mt_streams s join {schema}.mt_events e on e.stream_id = s.id
            where s.id <> @tombstones
            group by s.id, s.version, s.timestamp
            order by s.id
            """;
        await using var session = store.QuerySession();
        var connection = (NpgsqlConnection)session.Connection!;
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("tombstones", TimelineStore.MartenTombstoneStream);
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        var rows = new List<StreamSummary>();
        while (await reader.ReadAsync(cancellation))
        {
            rows.Add(new StreamSummary(
                reader.GetString(0), reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetInt64(1),
                reader.GetInt64(4), reader.GetInt64(5), reader.GetInt64(6), reader.GetFieldValue<DateTimeOffset>(2)));
        }
        return rows;
    }
}
