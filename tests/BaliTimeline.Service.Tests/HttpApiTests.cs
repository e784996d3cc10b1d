using System.Net;
using System.Text.Json.Nodes;
using BaliTimeline.Tests;
using BaliTimeline.EventStore.Ingestion;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BaliTimeline.Service.Tests;

/// <summary>The HTTP API through the real ASP.NET Core pipeline, on PostgreSQL with the seeds ingested.</summary>
public sealed class HttpApiTests(PostgresServer server) : IAsyncLifetime
{
    private readonly TimelineDatabase database = new(server);
    private WebApplicationFactory<Program> factory = null!;
    private HttpClient client = null!;

    public async ValueTask InitializeAsync()
    {
        await database.Store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        await new DocumentIngester(database.Store).IngestPathAsync(Repository.Seeds);
        factory = TestService.On(server.ConnectionString, database.Schema);
        client = factory.CreateClient();
    }

    public async ValueTask DisposeAsync()
    {
        client.Dispose();
        await factory.DisposeAsync();
        await database.DisposeAsync();
    }

    private async Task<JsonNode> GetJsonAsync(string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private async Task<(HttpStatusCode Status, string ContentType, JsonNode Body)> GetProblemAsync(string path)
    {
        using var response = await client.GetAsync(path);
        return (response.StatusCode, response.Content.Headers.ContentType!.MediaType!, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    [Fact]
    public async Task questions_beyond_the_concurrent_limit_wait_their_turn_and_all_get_the_answer()
    {
        await using var one = factory.WithWebHostBuilder(web => web.UseSetting("Timeline:ConcurrentQuestions", "1"));
        using var limited = one.CreateClient();
        var expected = (await GetJsonAsync("/api/guides?asOf=2019")).ToJsonString();

        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(async _ =>
        {
            using var response = await limited.GetAsync("/api/guides?asOf=2019");
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }));

        Assert.All(answers, answer => Assert.Equal((HttpStatusCode.OK, expected), (answer.StatusCode, JsonNode.Parse(answer.Body)!.ToJsonString())));
    }

    [Fact]
    public async Task what_was_endorsed_as_of_2019_comes_with_its_axes_and_evidence()
    {
        var answer = await GetJsonAsync("/api/guides/endorsed?asOf=2019");

        Assert.Equal("2019-12-31", (string)answer["asOf"]!);
        Assert.True((long)answer["recordedTime"]!["watermark"]! > 0);
        var guide = answer["answer"]!.AsArray().First()!;
        Assert.Equal(2, answer["answer"]!.AsArray().Count);
        Assert.Equal(("Policy Guide on Following the Money in Trafficking in Persons Cases", "Endorsed", "Certain"),
            ((string)guide["guide"]!, (string)guide["status"]!, (string)guide["certainty"]!));
        var source = guide["history"]!.AsArray().Last()!["sources"]![0]!;
        Assert.Equal("000_5a3cddb5e2e22b48.txt", (string)source["document"]!);
        Assert.Equal("../2018-05-16", (string)source["date"]!);
    }

    [Fact]
    public async Task co_chairs_by_alias_as_of_mid_2018()
    {
        var answer = await GetJsonAsync("/api/bodies/WG-TIP/co-chairs?asOf=2018-06-30");

        Assert.Equal("Working Group on Trafficking in Persons", (string)answer["answer"]!["body"]!);
        Assert.Equal(["Australia: Department of Home Affairs since 2018-05-16", "Indonesia: Ministry of Foreign Affairs since 2017-05-26"],
            answer["answer"]!["current"]!.AsArray().Select(s => $"{s!["member"]}: {s["agency"]} since {s["since"]}"));
    }

    [Fact]
    public async Task work_plans_and_the_meeting_timeline_answer_over_http()
    {
        var plans = await GetJsonAsync("/api/work-plans?asOf=2018-06-30");
        var meetings = await GetJsonAsync("/api/meetings?from=2020&to=2020");

        var tip = plans["answer"]!.AsArray().Single(b => (string)b!["body"]! == "Working Group on Trafficking in Persons")!;
        Assert.Equal((2017, 2019), ((int)tip["inForce"]!["firstYear"]!, (int)tip["inForce"]!["lastYear"]!));
        Assert.Equal(["2020-11-05", "2020-11-10"], meetings["answer"]!.AsArray().Select(m => (string)m!["date"]!));
    }

    [Fact]
    public async Task a_document_stream_is_served_with_provenance_and_an_unknown_one_is_404()
    {
        var events = (await GetJsonAsync("/api/documents/003_13f869a57a0fdb6a/events")).AsArray();
        var missing = await GetProblemAsync("/api/documents/no-such-document/events");

        Assert.Equal("DocumentRegistered", (string)events[0]!["event"]!["type"]!);
        Assert.Contains(events, e => (string?)e!["event"]!["agency"] == "Australian Border Force");
        Assert.Equal((HttpStatusCode.NotFound, "application/problem+json"), (missing.Status, missing.ContentType));
    }

    [Theory]
    [InlineData("/api/guides?asOf=2019-13-01", "asOf")]
    [InlineData("/api/guides/endorsed?asOf=last%20year", "asOf")]
    [InlineData("/api/work-plans?knownAt=2999-01-01T00:00:00Z", "knownAt")]
    [InlineData("/api/work-plans?knownAt=yesterday", "knownAt")]
    [InlineData("/api/guides?watermark=99999999", "watermark")]
    [InlineData("/api/guides?watermark=3&knownAt=2020-01-01T00:00:00Z", "watermark")]
    [InlineData("/api/meetings?from=2020&to=2019", "to")]
    [InlineData("/api/meetings?from=soon", "from")]
    public async Task a_bad_parameter_is_a_400_problem_naming_it(string path, string parameter)
    {
        var (status, contentType, body) = await GetProblemAsync(path);

        Assert.Equal((HttpStatusCode.BadRequest, "application/problem+json"), (status, contentType));
        Assert.NotNull(body["errors"]![parameter]);
        Assert.DoesNotContain("{0}", body.ToJsonString());
        Assert.DoesNotContain("--", (string)body["errors"]![parameter]![0]!);
    }

    [Fact]
    public async Task an_unknown_body_is_a_404_problem()
    {
        var (status, contentType, body) = await GetProblemAsync("/api/bodies/Working%20Group%20on%20Fishing/co-chairs");

        Assert.Equal((HttpStatusCode.NotFound, "application/problem+json"), (status, contentType));
        Assert.Contains("Working Group on Fishing", (string)body["detail"]!);
    }

    [Fact]
    public async Task the_api_describes_itself_reports_its_health_and_writes_nothing()
    {
        var openApi = await GetJsonAsync("/openapi/v1.json");
        using var live = await client.GetAsync("/health/live");
        using var ready = await client.GetAsync("/health/ready");
        using var docs = await client.GetAsync("/docs/");
        using var post = await client.PostAsync("/api/guides", new StringContent("{}"));

        var paths = openApi["paths"]!.AsObject();
        Assert.Contains("/api/guides/endorsed", paths.Select(p => p.Key));
        Assert.All(paths, p => Assert.Equal(["get"], p.Value!.AsObject().Select(o => o.Key)));
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK), (live.StatusCode, ready.StatusCode, docs.StatusCode));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
    }

    [Fact]
    public async Task the_api_document_gives_every_answer_s_schema_and_the_problems_each_endpoint_can_return()
    {
        var openApi = await GetJsonAsync("/openapi/v1.json");

        foreach (var (path, operations) in openApi["paths"]!.AsObject())
        {
            var responses = operations!["get"]!["responses"]!.AsObject();
            var expected = path.EndsWith("/co-chairs") || path.EndsWith("/events") ? new[] { "200", "400", "404", "503" } : ["200", "400", "503"];
            Assert.Equal(expected, responses.Select(r => r.Key).Order());
            Assert.NotNull(responses["200"]!["content"]!["application/json"]!["schema"]);
            Assert.All(responses.Where(r => r.Key != "200"), r => Assert.NotNull(r.Value!["content"]!["application/problem+json"]));
        }
        var schemas = openApi["components"]!["schemas"]!;
        Assert.Equal("string", (string)schemas["PartialDate"]!["type"]!);
        Assert.Equal("integer", (string)schemas["RecordedTime"]!["properties"]!["watermark"]!["type"]!);
    }

    public static TheoryData<string> HostileValues => new()
    {
        "", " ", "-1", "0", "99999999999999999999999999", "2019-02-30", "2019-13", "20190", "1e9", "NaN",
        "' or 1=1 --", "../../etc/passwd", "%01", "%E6%97%A5%E6%9C%AC", "2019-01-01T00:00:00+99:00",
        "9999-12-31", "0001-01-01", new string('9', 5000), "<script>alert(1)</script>", "null",
    };

    [Theory]
    [MemberData(nameof(HostileValues))]
    public async Task no_parameter_value_makes_an_endpoint_fail_it_is_answered_or_refused_as_a_client_error(string value)
    {
        string[] paths =
        [
            "/api/guides?asOf={0}", "/api/guides/endorsed?knownAt={0}", "/api/work-plans?watermark={0}",
            "/api/bodies/{0}/co-chairs", "/api/meetings?from={0}&to={0}", "/api/bodies?knownAt={0}", "/api/documents/{0}/events",
        ];
        foreach (var path in paths.Select(p => string.Format(p, value)))
        {
            using var response = await client.GetAsync(path);
            var status = (int)response.StatusCode;
            Assert.True(status is 200 or 400 or 404 or 414, $"{path}: {status}");
            if (status != 200 && status != 414) Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task a_misspelt_parameter_is_refused_by_name_not_ignored()
    {
        var (status, _, body) = await GetProblemAsync("/api/guides/endorsed?as_of=2019");
        var (documents, _, _) = await GetProblemAsync("/api/documents?page=2");

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (status, documents));
        Assert.Contains("takes asOf, knownAt, watermark", body["errors"]!["as_of"]![0]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/guides/endorsed?ASOF=2019")).StatusCode);
    }
}
