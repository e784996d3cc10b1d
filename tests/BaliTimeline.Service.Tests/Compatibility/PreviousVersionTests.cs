using System.Text.Json.Nodes;
using BaliTimeline.Extraction.Documents;
using BaliTimeline.Tests;
using BaliTimeline.EventStore.Documents;
using BaliTimeline.EventStore.Ingestion;

namespace BaliTimeline.Service.Tests.Compatibility;

/// <summary>
/// What users and other systems see does not change when the code is reorganised. A store written by an earlier
/// version (tests/compatibility/store) answers every question, on the CLI and over HTTP, byte for byte as that version
/// answered (tests/compatibility/answers); and the same documents are stored as that version stored them
/// (tests/compatibility/writes, which depends on what the extractor reads and is recorded again when that changes:
/// run the tests with BALI_TIMELINE_RECORD_COMPATIBILITY=1; store/ and answers/ are only ever written where absent).
/// </summary>
public sealed class PreviousVersionTests(PostgresServer server) : StoreTest(server)
{
    private const string RecordVariable = "BALI_TIMELINE_RECORD_COMPATIBILITY";
    private static readonly string Recordings = Path.Combine(Repository.Root, "tests", "compatibility");
    private static bool Recording => Environment.GetEnvironmentVariable(RecordVariable) == "1";

    private Dictionary<string, string?> WithDatabase => Database.CommandLineEnvironment;

    [Fact]
    public async Task a_store_an_earlier_version_wrote_answers_every_question_as_that_version_did()
    {
        if (!Directory.Exists(Path.Combine(Recordings, "store"))) Assert.Fail($"no recorded store in {Recordings}: run the tests once with {RecordVariable}=1");
        foreach (var table in StoredRows.Tables)
        {
            await StoredRows.ImportAsync(Server.ConnectionString, Database.Schema, table, File.ReadAllLines(Path.Combine(Recordings, "store", table + ".jsonl")));
        }
        // What an operator does after upgrading: apply the schema, then rebuild every projection from the stored events.
        foreach (var step in new[] { new[] { "db-apply" }, ["projections", "rebuild"] })
        {
            var run = await CommandLine.RunAsync(WithDatabase, step);
            Assert.True(run.ExitCode == 0, run.Error);
            Assert.DoesNotContain("[/]", run.Output);
        }

        var answers = await AnswersAsync(File.ReadAllLines(Path.Combine(Recordings, "store", "mt_events.jsonl")));

        if (Recording)
        {
            Directory.CreateDirectory(Path.Combine(Recordings, "answers"));
            foreach (var (name, output) in answers.Where(a => !File.Exists(Path.Combine(Recordings, "answers", a.Name))))
            {
                File.WriteAllText(Path.Combine(Recordings, "answers", name), output);
            }
        }
        Assert.All(answers, answer => Assert.Equal(File.ReadAllText(Path.Combine(Recordings, "answers", answer.Name)), answer.Output));
    }

    [Fact]
    public async Task the_same_documents_are_stored_as_the_earlier_version_stored_them()
    {
        var outputs = new List<(string Name, string Output)>();
        async Task Cli(string name, IReadOnlyDictionary<string, string?> environment, params string[] args)
        {
            var run = await CommandLine.RunAsync(environment, args);
            Assert.True(run.ExitCode == 0, $"{string.Join(' ', args)}: {run.Error}");
            outputs.Add((name, run.Output));
        }
        var noDatabase = new Dictionary<string, string?> { [PostgresServer.ConnectionVariable] = null };
        await Cli("extract-seeds.json", noDatabase, "extract", Repository.Seeds, "--json");
        await Cli("extract-seeds.txt", noDatabase, "extract", Repository.Seeds);
        await Cli("ingest-seeds.json", WithDatabase, "ingest", Repository.Seeds, "--json");
        await Cli("ingest-seeds-again.txt", WithDatabase, "ingest", Repository.Seeds);
        // A revision (a co-chair's agency corrected) and a reading by a newer extractor, so every kind of event is stored.
        var statement = Repository.Seed("003");
        var revised = Folder.Write(Path.GetFileName(statement), AgencyCorrection.Apply(File.ReadAllText(statement)));
        await Cli("ingest-revision.json", WithDatabase, "ingest", revised, "--json", "--revise");
        await new DocumentIngester(Database.Store, DocumentExtractor.Version + 1).IngestPathAsync(Repository.Seed("001"));

        var events = await StoredRows.ExportAsync(Server.ConnectionString, Database.Schema, "mt_events");
        outputs.Add(("mt_events.jsonl", string.Join('\n', events.Select(Comparable)) + "\n"));

        if (Recording)
        {
            await RecordAsync(outputs, events);
            return;
        }
        Assert.All(outputs, output => Assert.Equal(File.ReadAllText(Path.Combine(Recordings, "writes", output.Name)), output.Output));
    }

    private async Task RecordAsync(IEnumerable<(string Name, string Output)> writes, IReadOnlyList<string> events)
    {
        Directory.CreateDirectory(Path.Combine(Recordings, "writes"));
        foreach (var (name, output) in writes) File.WriteAllText(Path.Combine(Recordings, "writes", name), output);
        if (Directory.Exists(Path.Combine(Recordings, "store"))) return;
        Directory.CreateDirectory(Path.Combine(Recordings, "store"));
        foreach (var table in StoredRows.Tables)
        {
            var rows = table == "mt_events" ? events : await StoredRows.ExportAsync(Server.ConnectionString, Database.Schema, table);
            File.WriteAllLines(Path.Combine(Recordings, "store", table + ".jsonl"), rows);
        }
    }

    /// <summary>Every question on the CLI (JSON and tables) and over HTTP, errors included, against this test's schema.</summary>
    private async Task<IReadOnlyList<(string Name, string Output)>> AnswersAsync(IReadOnlyList<string> events)
    {
        var statement = Path.GetFileName(Repository.Seed("000"));
        var reread = Path.GetFileName(Repository.Seed("001"));
        // The recorded time just before the revision: the answer as the store knew it then.
        var beforeRevision = events.Select(e => JsonNode.Parse(e)!).First(e => (string)e["type"]! == "document_revised")["seq_id"]!.GetValue<long>() - 1;
        var cli = new (string Name, string[] Args)[]
        {
            ("events-000.json", ["events", statement, "--json"]),
            ("events-000.txt", ["events", statement]),
            ("events-001.txt", ["events", reread]),
            ("streams.json", ["streams", "--json"]),
            ("streams.txt", ["streams"]),
            ("guides-2019.json", ["guides", "--as-of", "2019", "--json"]),
            ("guides-2019.txt", ["guides", "--as-of", "2019"]),
            ("guides-before-revision.json", ["guides", "--as-of", "2026-11-30", "--watermark", beforeRevision.ToString(), "--json"]),
            ("endorsed-2019.txt", ["endorsed", "--as-of", "2019"]),
            ("co-chairs-2018-07.json", ["co-chairs", "WG-TIP", "--as-of", "2018-07", "--json"]),
            ("co-chairs-2021.txt", ["co-chairs", "TIPWG", "--as-of", "2021"]),
            ("work-plans-2022.json", ["work-plans", "--as-of", "2022", "--json"]),
            ("work-plans-2022.txt", ["work-plans", "--as-of", "2022"]),
            ("timeline-2017-2019.json", ["timeline", "--from", "2017", "--to", "2019", "--json"]),
            ("timeline.txt", ["timeline"]),
            ("bodies.json", ["bodies", "--json"]),
            ("bodies.txt", ["bodies"]),
            ("co-chairs-unknown-body.err", ["co-chairs", "Working Group on Nothing", "--as-of", "2019"]),
            ("guides-not-a-date.err", ["guides", "--as-of", "2019-13-45"]),
            ("events-unknown-document.err", ["events", "no-such-document.txt"]),
        };
        var answers = new List<(string, string)>();
        foreach (var (name, args) in cli)
        {
            var run = await CommandLine.RunAsync(WithDatabase, args);
            answers.Add((name, name.EndsWith(".err", StringComparison.Ordinal) ? $"exit {run.ExitCode}\n{run.Error}" : run.Output));
        }

        var http = new (string Name, string Path)[]
        {
            ("http-guides-2019.json", "/api/guides?asOf=2019"),
            ("http-endorsed-2019.json", "/api/guides/endorsed?asOf=2019"),
            ("http-co-chairs-2018-07.json", "/api/bodies/WG-TIP/co-chairs?asOf=2018-07"),
            ("http-work-plans-2022.json", "/api/work-plans?asOf=2022"),
            ("http-meetings-2017-2019.json", "/api/meetings?from=2017&to=2019"),
            ("http-bodies.json", "/api/bodies"),
            ("http-documents.json", "/api/documents"),
            ("http-events-000.json", $"/api/documents/{statement}/events"),
            ("http-guides-before-revision.json", $"/api/guides?asOf=2026-11-30&watermark={beforeRevision}"),
            ("http-unknown-body.json", "/api/bodies/nothing/co-chairs"),
            ("http-not-a-date.json", "/api/guides?asOf=2019-13-45"),
            ("http-unknown-document.json", "/api/documents/no-such-document/events"),
            ("http-openapi.json", "/openapi/v1.json"),
        };
        await using var factory = TestService.On(Server.ConnectionString, Database.Schema);
        using var client = factory.CreateClient();
        foreach (var (name, path) in http)
        {
            using var response = await client.GetAsync(path);
            answers.Add((name, $"{(int)response.StatusCode} {response.Content.Headers.ContentType}\n{WithoutTraceId(await response.Content.ReadAsStringAsync())}"));
        }
        return answers;
    }

    /// <summary>A row as stored, less what differs between two runs or machines: the clock, the CLR type name Marten keeps beside the stored name, and the folder a file was read from.</summary>
    private static string Comparable(string row)
    {
        var node = JsonNode.Parse(row)!.AsObject();
        node.Remove("timestamp");
        node.Remove("mt_dotnet_type");
        // Where a file was read from is this machine's folder; its name is what the record must keep.
        if (node["headers"]?[DocumentOrigin.Header] is { } origin) node["headers"]![DocumentOrigin.Header] = "FOLDER/" + Path.GetFileName((string)origin!);
        return node.ToJsonString();
    }

    // A problem's trace id names the request, not the answer.
    private static string WithoutTraceId(string body) =>
        JsonNode.Parse(body) is JsonObject { } problem && problem.Remove("traceId") ? problem.ToJsonString() : body;
}
