using BaliTimeline.EventStore.Ingestion;
using BaliTimeline.EventStore.Ledger;
using BaliTimeline.EventStore.Queries;
using BaliTimeline.Extraction.Sources;
using BaliTimeline.Service.Questions;
using BaliTimeline.Tests;
using Marten;

namespace BaliTimeline.Service.Tests;

/// <summary>Recorded time and the ledger: what the store believed before a correction, ingestion order, rebuilds.</summary>
public sealed class RecordedTimeTests(PostgresServer server) : StoreTest(server)
{

    private static TimelineQuestion Question(string asOf, string? knownAt = null, long? watermark = null) =>
        TimelineQuestion.Parse(asOf, knownAt, watermark?.ToString(), DateTimeOffset.UtcNow);

    [Fact]
    public async Task known_at_an_instant_before_a_correction_the_answer_is_the_one_believed_then()
    {
        var original = File.ReadAllText(Repository.Seed("003"));
        var path = Folder.Write("statement.txt", original);
        var ingester = new DocumentIngester(Database.Store);
        var queries = Database.Queries;
        await ingester.IngestPathAsync(path);
        var beforeCorrection = DateTimeOffset.UtcNow;
        File.WriteAllText(path, AgencyCorrection.Apply(original));
        await ingester.IngestPathAsync(path);

        var then = await CoChairsQuery.AskAsync(queries, "TIPWG", Question("2021", beforeCorrection.ToString("O")));
        var now = await CoChairsQuery.AskAsync(queries, "TIPWG", Question("2021"));
        var again = await CoChairsQuery.AskAsync(queries, "TIPWG", Question("2021", watermark: then.RecordedTime.Watermark));

        Assert.Equal("Australian Border Force", then.Answer.Current.Single(s => s.Member == "Australia").Agency);
        Assert.Equal("Department of Home Affairs", now.Answer.Current.Single(s => s.Member == "Australia").Agency);
        Assert.Equal(beforeCorrection, then.RecordedTime.KnownAt);
        Assert.True(then.RecordedTime.Watermark < now.RecordedTime.Watermark);
        Assert.Equal(Json(then.Answer), Json(again.Answer));
    }

    [Fact]
    public async Task the_answers_are_the_same_whichever_order_the_documents_were_ingested_in()
    {
        var files = Directory.GetFiles(Repository.Seeds, "*.txt").Order(StringComparer.Ordinal).ToArray();
        string[][] orders = [files, [.. files.Reverse()], [files[2], files[4], files[0], files[3], files[1]]];
        var answers = new List<string>();
        foreach (var order in orders)
        {
            await using var database = new TimelineDatabase(Server);
            await database.Store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
            var ingester = new DocumentIngester(database.Store);
            foreach (var file in order) await ingester.IngestAsync(SourceDocumentReader.Read(file));
            answers.Add(await AllAnswersAsync(database.Queries));
        }

        Assert.Contains("Australian Border Force", answers[0]);
        Assert.Contains("Follow the Money", answers[0]);
        Assert.Equal(answers[0], answers[1]);
        Assert.Equal(answers[0], answers[2]);
    }

    [Fact]
    public async Task rebuilding_the_fact_ledger_gives_exactly_the_ledger_built_live()
    {
        var original = File.ReadAllText(Repository.Seed("000"));
        var path = Folder.Write("report.txt", original);
        var ingester = new DocumentIngester(Database.Store);
        await ingester.IngestPathAsync(Repository.Seeds);
        await ingester.IngestPathAsync(path);
        File.WriteAllText(path, original.Replace("met for the fourth time", "met for the fifth time"));
        await ingester.IngestPathAsync(path);
        var live = await LedgerAsync();

        using var daemon = await Database.Store.BuildProjectionDaemonAsync();
        await daemon.RebuildProjectionAsync<FactLedgerProjection>(TimeSpan.FromMinutes(1), CancellationToken.None);
        var rebuilt = await LedgerAsync();

        await using (var session = Database.Store.QuerySession())
        {
            var events = await session.Events.QueryAllRawEvents().ToListAsync();
            Assert.Equal(events.Count(e => e.Data is Facts.Fact), live.Count);
            Assert.Equal(events.Count(e => e.Data is Facts.FactRetracted), live.Count(r => r.RetractedAt is not null));
        }
        Assert.Contains(live, r => r.RetractedAt is not null);
        Assert.Equal(Json(live), Json(rebuilt));
    }

    private async Task<IReadOnlyList<FactRecord>> LedgerAsync()
    {
        await using var session = Database.Store.QuerySession();
        return await session.Query<FactRecord>().OrderBy(r => r.Sequence).ToListAsync();
    }

    private static async Task<string> AllAnswersAsync(TimelineQueries queries)
    {
        var parts = new List<object>();
        foreach (var day in new[] { "2017-05-25", "2018-06-30", "2019", "2020-11-10", "2020-12-31", "2025" })
        {
            var question = Question(day);
            parts.Add((await GuidesQuery.AskAsync(queries, question)).Answer);
            parts.Add((await CoChairsQuery.AskAsync(queries, "TIPWG", question)).Answer);
            parts.Add((await CoChairsQuery.AskAsync(queries, "TFPP", question)).Answer);
            parts.Add((await WorkPlansQuery.AskAsync(queries, question)).Answer);
        }
        parts.Add((await MeetingsQuery.AskAsync(queries, new MeetingWindow(DateOnly.MinValue, DateOnly.MaxValue), Question("2026"))).Answer);
        parts.Add((await BodiesQuery.AskAsync(queries, Question("2026"))).Answer);
        return Json(parts);
    }

    private static string Json<T>(T value) => System.Text.Json.JsonSerializer.Serialize(value);
}
