using Npgsql;

namespace BaliTimeline.Benchmarks;

/// <summary>
/// The same questions' SQL (<see cref="QuestionSql"/>) sent straight to PostgreSQL by sixteen clients, each on its own
/// connection, every row read: what answering would cost if the service added nothing to the database's work.
/// A query here is one question's statements, so queries/s compares with the service's questions/s.
/// </summary>
internal static class SqlQuestionBenchmark
{
    public static async Task<LoopResult> RunAsync(ScratchSchema schema, IReadOnlyList<Question> questions)
    {
        // The service answers at the high-water mark; with one writer long finished, that is the last sequence.
        var watermark = await schema.ScalarAsync<long>("select coalesce(max(seq_id), 0) from {0}.mt_events");
        IReadOnlyList<NpgsqlCommand>[] sql;
        await using (var session = schema.Store.QuerySession())
        {
            var statements = new QuestionSql(session, watermark);
            sql = new IReadOnlyList<NpgsqlCommand>[questions.Count];
            for (var i = 0; i < sql.Length; i++) sql[i] = await statements.ForAsync(questions[i]);
        }
        foreach (var statement in sql[0]) Progress.Say($"  SQL: {statement.CommandText}");

        var connections = new NpgsqlConnection[Load.SixteenClients.Clients];
        for (var i = 0; i < connections.Length; i++) connections[i] = await schema.OpenAsync();
        try
        {
            // Warm: one question of each kind first.
            foreach (var first in questions.Select((q, i) => (q.Kind, i)).DistinctBy(q => q.Kind)) await RunAsync(connections[0], sql[first.i]);
            return await ClosedLoop.RunAsync(Load.SixteenClients.Over(questions.Count), (client, i) => RunAsync(connections[client], sql[i]));
        }
        finally
        {
            foreach (var connection in connections) await connection.DisposeAsync();
        }
    }

    private static async Task RunAsync(NpgsqlConnection connection, IReadOnlyList<NpgsqlCommand> statements)
    {
        foreach (var statement in statements)
        {
            await using var command = statement.Clone();
            command.Connection = connection;
            await using var reader = await command.ExecuteReaderAsync();
            var values = new object[reader.FieldCount];
            while (await reader.ReadAsync()) reader.GetValues(values);
        }
    }
}
