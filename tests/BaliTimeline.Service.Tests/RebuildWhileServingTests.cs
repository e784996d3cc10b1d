using System.Net;
using BaliTimeline.Corpus;
using BaliTimeline.EventStore.Ingestion;
using BaliTimeline.EventStore.Rebuilds;
using BaliTimeline.Tests;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BaliTimeline.Service.Tests;

/// <summary>The HTTP API during a blue/green rebuild: every question answered, from whole views.</summary>
public sealed class RebuildWhileServingTests(PostgresServer server) : StoreTest(server)
{
    private static readonly string[] Questions =
    [
        "/api/guides/endorsed?asOf=2026-01-01",
        "/api/work-plans?asOf=2026-01-01",
        "/api/bodies",
        "/api/meetings?from=2015&to=2020",
    ];

    private WebApplicationFactory<Program> factory = null!;
    private HttpClient client = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        var ingester = new DocumentIngester(Database.Store);
        await ingester.IngestPathAsync(Repository.Seeds);
        foreach (var document in CorpusGenerator.Generate(seed: 3, count: 300)) Folder.Write(document.FileName, document.Text);
        await ingester.IngestPathAsync(Folder.Path);
        factory = TestService.On(Server.ConnectionString, Database.Schema);
        client = factory.CreateClient();
    }

    public override async ValueTask DisposeAsync()
    {
        client.Dispose();
        await factory.DisposeAsync();
        await base.DisposeAsync();
    }

    [Fact]
    public async Task questions_asked_over_http_throughout_a_rebuild_get_the_answers_they_got_before_it()
    {
        var expected = await AnswersAsync();
        var (asked, rebuilding) = (0, true);

        var asking = Task.Run(async () =>
        {
            while (Volatile.Read(ref rebuilding))
            {
                Assert.Equal(expected, await AnswersAsync());
                asked++;
            }
        });
        await using (var rebuild = new ViewRebuild(Server.ConnectionString, Database.Schema))
        {
            await rebuild.PrepareAsync();
            await rebuild.CatchUpAsync();
            await rebuild.FinishAsync(switchViews: true);
        }
        Volatile.Write(ref rebuilding, false);
        await asking;

        Assert.True(asked > 1, $"only {asked} rounds of questions were asked during the rebuild");
        Assert.Equal(expected, await AnswersAsync());
    }

    private async Task<string[]> AnswersAsync()
    {
        var answers = new string[Questions.Length];
        for (var i = 0; i < Questions.Length; i++)
        {
            using var response = await client.GetAsync(Questions[i]);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{Questions[i]}: {(int)response.StatusCode} {body}");
            answers[i] = body;
        }
        return answers;
    }
}
