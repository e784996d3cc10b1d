using BaliTimeline.EventStore.Documents;
using BaliTimeline.EventStore.Ingestion;
using BaliTimeline.EventStore.Queries;
using BaliTimeline.Extraction.Sources;
using BaliTimeline.Tests;
using Marten.Services;
using Npgsql;

namespace BaliTimeline.EventStore.Tests;

/// <summary>
/// Two writers whose transactions overlap commit out of order: the later sequence numbers first. An answer must not be
/// read past the earlier, uncommitted ones, or asking again at its own watermark would later give more facts.
/// </summary>
public sealed class WatermarkTests(PostgresServer server) : IAsyncLifetime
{
    private readonly TimelineDatabase database = new(server);

    public async ValueTask InitializeAsync() => await database.Store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();

    public ValueTask DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task an_answer_never_skips_a_fact_that_commits_later_below_its_watermark()
    {
        await new DocumentIngester(database.Store).IngestAsync(Seed("000"));
        var before = await FactIdsAsync(null);

        // Writer A reserves its sequence numbers and holds its transaction open...
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var held = await connection.BeginTransactionAsync();
        var slow = DocumentReading.Of(Seed("002"));
        await using (var session = database.Store.LightweightSession(SessionOptions.ForTransaction(held)))
        {
            var events = DocumentDecider.Decide(null, slow).Events.Select(e =>
            {
                var wrapped = session.Events.BuildEvent(e.Data);
                wrapped.Id = e.Id;
                return (object)wrapped;
            });
            session.Events.StartStream(DocumentKey.For(slow.Source.FileName), events.ToArray());
            await session.SaveChangesAsync();
        }
        // ...while writer B appends after it and commits first.
        await new DocumentIngester(database.Store).IngestAsync(Seed("004"));

        var during = await database.Queries.AskAsync(Question(null), EveryFact, Ids);
        await held.CommitAsync();
        var again = await FactIdsAsync(during.RecordedTime.Watermark);
        var after = await database.Queries.AskAsync(Question(null), EveryFact, Ids);

        Assert.Equal(during.Answer, again);
        Assert.Equal(before, during.Answer);
        Assert.True(after.RecordedTime.Watermark > during.RecordedTime.Watermark);
        Assert.Contains(after.Answer, id => !during.Answer.Contains(id));
        Assert.Equal(await database.EventCountAsync(), after.Answer.Count + 3);
    }

    private async Task<IReadOnlyList<Guid>> FactIdsAsync(long? watermark) => (await database.Queries.AskAsync(Question(watermark), EveryFact, Ids)).Answer;

    private static readonly Ledger.FactScope EveryFact = Ledger.FactScope.Of(Facts.EventTypes.All.Where(t => t.IsFact).Select(t => t.Type).ToArray());

    private static IReadOnlyList<Guid> Ids(IReadOnlyList<Ledger.FactRecord> facts) => facts.Select(f => f.Id).Order().ToArray();

    private static TimelineQuestion Question(long? watermark) => TimelineQuestion.Parse("2030", null, watermark?.ToString(), DateTimeOffset.UtcNow);

    private static SourceDocument Seed(string prefix) => SourceDocumentReader.Read(Repository.Seed(prefix));
}
