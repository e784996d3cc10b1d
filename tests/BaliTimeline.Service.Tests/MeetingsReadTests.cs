using System.Text.Json;
using BaliTimeline.Corpus;
using BaliTimeline.EventStore.Ingestion;
using BaliTimeline.EventStore.Ledger;
using BaliTimeline.EventStore.Queries;
using BaliTimeline.EventStore.Views;
using BaliTimeline.Service.Questions;
using BaliTimeline.Tests;

namespace BaliTimeline.Service.Tests;

/// <summary>
/// The meetings question reads in two steps: every report only as far as matching reads it, then whole facts for the
/// meetings in the window alone. Its answers are the view's from every fact, on a store where many reports name the
/// same meetings on agreeing and disagreeing dates.
/// </summary>
public sealed class MeetingsReadTests(PostgresServer server) : IAsyncLifetime
{
    private readonly TimelineDatabase database = new(server);

    public async ValueTask InitializeAsync()
    {
        await database.Store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        using var folder = new TemporaryFolder();
        foreach (var document in CorpusGenerator.Generate(5, 400)) folder.Write(document.FileName, document.Text);
        foreach (var seed in Directory.GetFiles(Repository.Seeds)) folder.Write(Path.GetFileName(seed), File.ReadAllText(seed));
        await new DocumentIngester(database.Store).IngestPathAsync(folder.Path);
    }

    public ValueTask DisposeAsync() => database.DisposeAsync();

    [Theory]
    [InlineData("2018", "2018")]
    [InlineData("2011-03", "2016-09-15")]
    [InlineData(null, null)]
    public async Task the_two_step_read_answers_as_the_view_does_from_every_fact(string? from, string? to)
    {
        var now = DateTimeOffset.UtcNow;
        var window = MeetingWindow.Parse(from, to, now);
        var answer = await MeetingsQuery.AskAsync(database.Queries, window, TimelineQuestion.Parse(null, null, null, now));
        await using var session = database.Store.QuerySession();
        var facts = await FactLedger.KnownAtAsync(session, MeetingTimeline.Scope, answer.RecordedTime.Watermark);

        var expected = MeetingTimeline.Answer(facts, window.From, window.To);

        Assert.Contains(expected, meeting => meeting.Sources.Count > 1);
        Assert.Equal(JsonSerializer.Serialize(expected), JsonSerializer.Serialize(answer.Answer));
    }
}
