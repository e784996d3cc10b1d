using BaliTimeline.EventStore.Documents;
using BaliTimeline.EventStore.Ingestion;
using BaliTimeline.Extraction.Sources;
using BaliTimeline.Tests;

namespace BaliTimeline.EventStore.Tests;

/// <summary>One stream, one document file: a file is never silently taken for a revision of another.</summary>
public sealed class DocumentIdentityTests(PostgresServer server) : IAsyncLifetime
{
    private readonly TimelineDatabase database = new(server);
    private readonly TemporaryFolder folder = new();

    private DocumentIngester Ingester => new(database.Store);

    public async ValueTask InitializeAsync() => await database.Store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();

    public async ValueTask DisposeAsync()
    {
        folder.Dispose();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task two_files_of_one_set_that_would_share_a_stream_are_refused_together_before_anything_is_written()
    {
        folder.Write("set/Report.txt", File.ReadAllText(Repository.Seed("000")));
        folder.Write("set/report.md", File.ReadAllText(Repository.Seed("001")));

        var error = await Assert.ThrowsAsync<DocumentRejectedException>(() => Ingester.IngestPathAsync(Path.Combine(folder.Path, "set")));

        Assert.Contains("would share the stream 'report'", error.Reason);
        Assert.Contains("Report.txt", error.Reason + error.Path);
        Assert.Contains("report.md", error.Reason + error.Path);
        Assert.Equal(0, await database.EventCountAsync());
    }

    [Fact]
    public async Task a_file_of_another_name_is_not_taken_for_a_revision_of_the_stream_it_would_share()
    {
        await Ingester.IngestPathAsync(folder.Write("a/report.txt", File.ReadAllText(Repository.Seed("000"))));
        var before = await database.EventCountAsync();

        var error = await Assert.ThrowsAsync<DocumentRejectedException>(() =>
            Ingester.IngestPathAsync(folder.Write("b/Report.TXT", File.ReadAllText(Repository.Seed("001")))));

        Assert.Contains("already holds 'report.txt'", error.Reason);
        Assert.Equal(before, await database.EventCountAsync());
    }

    [Fact]
    public async Task a_name_without_latin_letters_or_digits_is_a_document_of_its_own()
    {
        var results = await Ingester.IngestAllAsync([
            SourceDocumentReader.Read(folder.Write("日本.txt", File.ReadAllText(Repository.Seed("000")))),
            SourceDocumentReader.Read(folder.Write("中国.txt", File.ReadAllText(Repository.Seed("001")))),
        ]);

        Assert.All(results, r => Assert.Equal(IngestionOutcome.New, r.Outcome));
        Assert.All(results, r => Assert.StartsWith("doc-", r.StreamKey));
        Assert.NotEqual(results[0].StreamKey, results[1].StreamKey);
    }

    [Fact]
    public async Task a_link_that_leads_nowhere_is_refused_by_name_and_the_folder_is_left_unwritten()
    {
        folder.Write("set/a-good.txt", File.ReadAllText(Repository.Seed("000")));
        var loop = Path.Combine(folder.Path, "set", "b-loop.txt");
        File.CreateSymbolicLink(loop, loop);

        var error = await Assert.ThrowsAsync<DocumentRejectedException>(() => Ingester.IngestPathAsync(Path.Combine(folder.Path, "set")));

        Assert.Equal(loop, error.Path);
        Assert.Contains("cannot be read", error.Reason);
        Assert.Equal(0, await database.EventCountAsync());
    }
}
