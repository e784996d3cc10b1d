using BaliTimeline.EventStore.Documents;
using BaliTimeline.EventStore.Ingestion;
using BaliTimeline.Extraction.Documents;
using BaliTimeline.Extraction.Sources;
using BaliTimeline.Facts;
using BaliTimeline.Tests;
using JasperFx.Events;

namespace BaliTimeline.EventStore.Tests;

public sealed class IngestionTests(PostgresServer server) : StoreTest(server)
{

    private DocumentIngester Ingester => new(Database.Store);

    private async Task<IReadOnlyList<IEvent>> StreamAsync(string key)
    {
        await using var session = Database.Store.QuerySession();
        return await session.Events.FetchStreamAsync(key);
    }

    [Fact]
    public async Task ingesting_the_seeds_makes_one_stream_per_document_holding_its_registration_and_what_the_extractor_read()
    {
        var results = await Ingester.IngestPathAsync(Repository.Seeds);

        Assert.Equal(5, results.Count);
        Assert.All(results, r => Assert.Equal(IngestionOutcome.New, r.Outcome));
        foreach (var source in SourceDocumentReader.ReadAll(Repository.Seeds))
        {
            var stream = await StreamAsync(DocumentKey.For(source.FileName));
            var registered = Assert.IsType<DocumentRegistered>(stream[0].Data);
            var extraction = DocumentExtractor.Extract(source.FileName, source.Text, source.Metadata);

            Assert.Equal((source.FileName, source.Sha256, extraction.Header.Title, extraction.Header.Date), (registered.FileName, registered.Sha256, registered.Title, registered.Date));
            Assert.Equal(extraction.Facts, stream.Skip(1).Select(e => e.Data).Cast<Fact>());
        }
    }

    [Fact]
    public async Task ingesting_the_same_documents_again_appends_nothing()
    {
        await Ingester.IngestPathAsync(Repository.Seeds);
        var before = await Database.EventCountAsync();

        var again = await Ingester.IngestPathAsync(Repository.Seeds);

        Assert.All(again, r => Assert.Equal((IngestionOutcome.Unchanged, 0), (r.Outcome, r.EventsAppended)));
        Assert.Equal(before, await Database.EventCountAsync());
    }

    [Fact]
    public async Task a_changed_document_appends_a_revision_with_retractions_and_corrections_and_keeps_its_history()
    {
        var original = File.ReadAllText(Repository.Seed("003"));
        var path = Folder.Write("statement.txt", original);
        await Ingester.IngestPathAsync(path);
        var first = await StreamAsync("statement");
        var borderForce = first.Single(e => e.Data is CoChairChanged { Agency: "Australian Border Force" });

        File.WriteAllText(path, AgencyCorrection.Apply(original));
        var revised = Assert.Single(await Ingester.IngestPathAsync(path));
        var second = await StreamAsync("statement");

        Assert.Equal(IngestionOutcome.Revised, revised.Outcome);
        Assert.Equal(first.Select(e => (e.Id, e.Data)), second.Take(first.Count).Select(e => (e.Id, e.Data)));
        var appended = second.Skip(first.Count).Select(e => e.Data).ToArray();
        var revision = Assert.IsType<DocumentRevised>(appended[0]);
        Assert.Equal(((DocumentRegistered)first[0].Data).Sha256, revision.PreviousSha256);
        Assert.Contains(appended, d => d is FactRetracted r && r.RetractedEventId == borderForce.Id);
        Assert.Contains(appended, d => d is CoChairChanged { Member: "Australia", Agency: "Department of Home Affairs" });
        Assert.DoesNotContain(appended, d => d is CoChairChanged { Agency: "Australian Border Force" });

        var history = DocumentState.From("statement", second.Select(e => (e.Id, e.Data)))!;
        Assert.Equal(2, history.Revision);
        Assert.DoesNotContain(history.ActiveFacts.Values, f => f.Fact is CoChairChanged { Agency: "Australian Border Force" });
        Assert.Equal(IngestionOutcome.Unchanged, Assert.Single(await Ingester.IngestPathAsync(path)).Outcome);
    }

    [Fact]
    public async Task a_document_restored_to_an_earlier_text_is_a_third_revision_not_a_rewrite()
    {
        var original = File.ReadAllText(Repository.Seed("000"));
        var path = Folder.Write("report.txt", original);
        await Ingester.IngestPathAsync(path);
        File.WriteAllText(path, original.Replace("met for the fourth time", "met for the fifth time"));
        await Ingester.IngestPathAsync(path);
        File.WriteAllText(path, original);

        var restored = Assert.Single(await Ingester.IngestPathAsync(path));
        var stream = await StreamAsync("report");

        Assert.Equal(IngestionOutcome.Revised, restored.Outcome);
        Assert.Equal(2, stream.Count(e => e.Data is DocumentRevised));
        Assert.Equal(stream.Count, stream.Select(e => e.Id).Distinct().Count());
        var active = DocumentState.From("report", stream.Select(e => (e.Id, e.Data)))!.ActiveFacts.Values.Select(a => a.Fact);
        Assert.Contains(active, f => f is MeetingHeld { Ordinal: 4 });
        Assert.DoesNotContain(active, f => f is MeetingHeld { Ordinal: 5 });
    }

    [Fact]
    public async Task an_unchanged_text_is_read_again_once_by_a_newer_extractor_and_never_by_an_older_one()
    {
        var path = Repository.Seed("004");
        await Ingester.IngestPathAsync(path);
        var newer = new DocumentIngester(Database.Store, DocumentExtractor.Version + 1);

        var reread = Assert.Single(await newer.IngestPathAsync(path));
        var again = Assert.Single(await newer.IngestPathAsync(path));
        var older = Assert.Single(await Ingester.IngestPathAsync(path));

        Assert.Equal((IngestionOutcome.Reread, 1), (reread.Outcome, reread.EventsAppended));
        Assert.Equal((IngestionOutcome.Unchanged, IngestionOutcome.Unchanged), (again.Outcome, older.Outcome));
        var last = (await StreamAsync(DocumentKey.For(path)))[^1].Data;
        Assert.Equal(new DocumentReread(SourceDocumentReader.Read(path).Sha256, DocumentExtractor.Version, DocumentExtractor.Version + 1), last);
    }

    [Fact]
    public async Task concurrent_ingestions_of_one_document_end_with_one_stream_and_no_duplicate_events()
    {
        var source = SourceDocumentReader.Read(Repository.Seed("000"));
        var expected = DocumentDecider.Decide(null, DocumentReading.Of(source)).Events.Count;

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => new DocumentIngester(Database.Store).IngestAsync(source))));

        Assert.Single(results, r => r.Outcome == IngestionOutcome.New);
        Assert.Equal(7, results.Count(r => r.Outcome == IngestionOutcome.Unchanged));
        var stream = await StreamAsync(DocumentKey.For(source.FileName));
        Assert.Equal(expected, stream.Count);
        Assert.Equal(expected, await Database.EventCountAsync());
    }

    [Fact]
    public async Task concurrent_revisions_of_one_document_append_one_revision()
    {
        var original = File.ReadAllText(Repository.Seed("001"));
        var path = Folder.Write("report.txt", original);
        await Ingester.IngestPathAsync(path);
        File.WriteAllText(path, original.Replace("26 May 2017", "27 May 2017"));
        var source = SourceDocumentReader.Read(path);

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => new DocumentIngester(Database.Store).IngestAsync(source))));

        Assert.Single(results, r => r.Outcome == IngestionOutcome.Revised);
        Assert.Single(await StreamAsync("report"), e => e.Data is DocumentRevised);
    }

    [Fact]
    public async Task a_document_in_which_no_fact_is_found_is_registered_with_a_warning()
    {
        var path = Folder.Write("empty-of-facts.txt", "Members exchanged views on regional trends and thanked the hosts for their hospitality.");

        var result = Assert.Single(await Ingester.IngestPathAsync(path));

        Assert.Equal((IngestionOutcome.New, 1, 0), (result.Outcome, result.EventsAppended, result.FactsRead));
        Assert.NotNull(result.Warning);
        Assert.IsType<DocumentRegistered>(Assert.Single(await StreamAsync("empty-of-facts")).Data);
    }

    public static TheoryData<string, byte[], string> BadFiles => new()
    {
        { "empty.txt", [], "empty" },
        { "blank.txt", "  \n\t \n"u8.ToArray(), "only whitespace" },
        { "binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A], "binary" },
        { "latin1.txt", [.. "On 16 May 2018 the Working Group met in Bogot"u8, 0xE1, (byte)'.'], "not valid UTF-8" },
        { "huge.txt", Enumerable.Repeat((byte)'a', SourceDocumentReader.MaxBytes + 1).ToArray(), "limit" },
        // Written until the middle of a character: "Bogotá" cut after the first byte of "á".
        { "truncated.txt", [.. "On 16 May 2018 the Working Group met in Bogot"u8, 0xC3], "not valid UTF-8" },
        { "utf16.txt", [0xFF, 0xFE, .. System.Text.Encoding.Unicode.GetBytes("On 16 May 2018 the Working Group met.")], "binary" },
        { "controls.txt", Enumerable.Repeat((byte)0x07, 200).Concat("The Working Group met."u8.ToArray()).ToArray(), "control characters" },
        { "bom-only.txt", [0xEF, 0xBB, 0xBF], "only whitespace" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task a_bad_file_is_refused_with_its_name_and_reason_and_the_store_is_left_as_it_was(string name, byte[] bytes, string reason)
    {
        await Ingester.IngestPathAsync(Repository.Seed("001"));
        var before = await Database.EventCountAsync();
        var path = Folder.Write(name, bytes);

        var error = await Assert.ThrowsAsync<DocumentRejectedException>(() => Ingester.IngestPathAsync(path));

        Assert.Equal(path, error.Path);
        Assert.Contains(reason, error.Reason);
        Assert.StartsWith(path + ": ", error.Message);
        Assert.Equal(before, await Database.EventCountAsync());
    }

    [Fact]
    public async Task a_folder_holding_one_bad_file_is_refused_whole_before_anything_is_written()
    {
        Folder.Write("a-good.txt", File.ReadAllText(Repository.Seed("000")));
        Folder.Write("b-bad.txt", [0xFF, 0xFE, 0x00, 0x41]);

        var error = await Assert.ThrowsAsync<DocumentRejectedException>(() => Ingester.IngestPathAsync(Folder.Path));

        Assert.EndsWith("b-bad.txt", error.Path);
        Assert.Equal(0, await Database.EventCountAsync());
    }

    [Fact]
    public async Task a_missing_folder_and_a_malformed_sidecar_are_refused_by_name()
    {
        var missing = Path.Combine(Folder.Path, "no-such-folder");
        Folder.Write("report.txt", File.ReadAllText(Repository.Seed("000")));
        var sidecar = Folder.Write("report.meta.json", "{\"published\": \"sometime in 2018\"}");

        var notFound = await Assert.ThrowsAsync<DocumentRejectedException>(() => Ingester.IngestPathAsync(missing));
        var badSidecar = await Assert.ThrowsAsync<DocumentRejectedException>(() => Ingester.IngestPathAsync(Folder.Path));

        Assert.Equal((missing, "no such file or folder"), (notFound.Path, notFound.Reason));
        Assert.Equal(sidecar, badSidecar.Path);
        Assert.Contains("'published'", badSidecar.Reason);
        Assert.Equal(0, await Database.EventCountAsync());
    }

    [Fact]
    public async Task a_sidecar_added_later_is_a_revision_that_dates_the_facts_first_read_undated()
    {
        Folder.Write("anniversary.txt", File.ReadAllText(Repository.Seed("002")));
        var first = Assert.Single(await Ingester.IngestPathAsync(Folder.Path));
        Folder.Write("anniversary.meta.json", "{\"published\": \"2024-11\"}");

        var second = Assert.Single(await Ingester.IngestPathAsync(Folder.Path));
        var third = Assert.Single(await Ingester.IngestPathAsync(Folder.Path));

        Assert.Equal((IngestionOutcome.New, 9), (first.Outcome, first.FactsRead));
        Assert.Equal((IngestionOutcome.Revised, 11), (second.Outcome, second.FactsRead));
        Assert.Equal(IngestionOutcome.Unchanged, third.Outcome);
        var stream = await StreamAsync("anniversary");
        // Read without a year, the facts were undated; the sidecar's year dates them, and the undated ones are retracted, not rewritten.
        var undated = stream.Select(e => e.Data).OfType<MeetingHeld>().Where(m => m.Date is null).ToArray();
        Assert.NotEmpty(undated);
        Assert.Equal(undated.Length, stream.Select(e => e.Data).OfType<FactRetracted>().Count(r => r.FactType == nameof(MeetingHeld)));
        var revised = Assert.IsType<DocumentRevised>(stream.Single(e => e.Data is DocumentRevised).Data);
        Assert.Equal((revised.PreviousSha256, "2024-11", ValueSource.Metadata), (revised.Sha256, revised.Date?.ToString(), revised.DateSource));
        Assert.NotNull(revised.MetadataSha256);
    }

    [Fact]
    public async Task a_sidecar_supplies_what_the_text_does_not_state_and_the_events_say_so()
    {
        Folder.Write("anniversary.txt", File.ReadAllText(Repository.Seed("002")));
        Folder.Write("anniversary.meta.json", "{\"published\": \"2024-11\", \"title\": \"WG-TIP 10th anniversary\", \"source\": \"curated\"}");

        await Ingester.IngestPathAsync(Folder.Path);
        var registered = Assert.IsType<DocumentRegistered>((await StreamAsync("anniversary"))[0].Data);

        Assert.Equal(("WG-TIP 10th anniversary", ValueSource.Metadata, "2024-11", ValueSource.Metadata, "curated"),
            (registered.Title, registered.TitleSource, registered.Date?.ToString(), registered.DateSource, registered.Source));
    }

    // One stream, one document file: a file is never silently taken for a revision of another.

    [Fact]
    public async Task two_files_of_one_set_that_would_share_a_stream_are_refused_together_before_anything_is_written()
    {
        Folder.Write("set/Report.txt", File.ReadAllText(Repository.Seed("000")));
        Folder.Write("set/report.md", File.ReadAllText(Repository.Seed("001")));

        var error = await Assert.ThrowsAsync<DocumentRejectedException>(() => Ingester.IngestPathAsync(Path.Combine(Folder.Path, "set")));

        Assert.Contains("would share the stream 'report'", error.Reason);
        Assert.Contains("Report.txt", error.Reason + error.Path);
        Assert.Contains("report.md", error.Reason + error.Path);
        Assert.Equal(0, await Database.EventCountAsync());
    }

    [Fact]
    public async Task a_file_of_another_name_is_not_taken_for_a_revision_of_the_stream_it_would_share()
    {
        await Ingester.IngestPathAsync(Folder.Write("a/report.txt", File.ReadAllText(Repository.Seed("000"))));
        var before = await Database.EventCountAsync();

        var error = await Assert.ThrowsAsync<DocumentRejectedException>(() =>
            Ingester.IngestPathAsync(Folder.Write("b/Report.TXT", File.ReadAllText(Repository.Seed("001")))));

        Assert.Contains("already holds 'report.txt'", error.Reason);
        Assert.Equal(before, await Database.EventCountAsync());
    }

    [Fact]
    public async Task another_text_of_a_known_name_from_another_folder_is_refused_unless_declared_a_revision()
    {
        await Ingester.IngestPathAsync(Folder.Write("a/report.txt", File.ReadAllText(Repository.Seed("000"))));
        var before = await Database.EventCountAsync();
        var other = Folder.Write("b/report.txt", File.ReadAllText(Repository.Seed("001")));

        var error = await Assert.ThrowsAsync<DocumentRejectedException>(() => Ingester.IngestPathAsync(other));

        Assert.Equal(other, error.Path);
        Assert.Contains($"another text read from {Path.Combine(Folder.Path, "a", "report.txt")}", error.Reason);
        Assert.Contains("--revise", error.Reason);
        Assert.Equal(before, await Database.EventCountAsync());

        var declared = new DocumentIngester(Database.Store) { AcceptRevisionsFromElsewhere = true };
        Assert.Equal(IngestionOutcome.Revised, Assert.Single(await declared.IngestPathAsync(other)).Outcome);
        // The revision moved the document: its new folder is now where it comes from, the old one is elsewhere.
        Assert.Equal(IngestionOutcome.Revised, Assert.Single(await Ingester.IngestPathAsync(Folder.Write("b/report.txt", File.ReadAllText(Repository.Seed("002"))))).Outcome);
        await Assert.ThrowsAsync<DocumentRejectedException>(() => Ingester.IngestPathAsync(Path.Combine(Folder.Path, "a", "report.txt")));
    }

    [Fact]
    public async Task the_same_text_of_a_known_name_from_another_folder_appends_nothing()
    {
        await Ingester.IngestPathAsync(Folder.Write("a/report.txt", File.ReadAllText(Repository.Seed("000"))));
        var before = await Database.EventCountAsync();

        var again = Assert.Single(await Ingester.IngestPathAsync(Folder.Write("b/report.txt", File.ReadAllText(Repository.Seed("000")))));

        Assert.Equal(IngestionOutcome.Unchanged, again.Outcome);
        Assert.Equal(before, await Database.EventCountAsync());
    }

    [Fact]
    public async Task a_name_without_latin_letters_or_digits_is_a_document_of_its_own()
    {
        var results = await Ingester.IngestAllAsync([
            SourceDocumentReader.Read(Folder.Write("日本.txt", File.ReadAllText(Repository.Seed("000")))),
            SourceDocumentReader.Read(Folder.Write("中国.txt", File.ReadAllText(Repository.Seed("001")))),
        ]);

        Assert.All(results, r => Assert.Equal(IngestionOutcome.New, r.Outcome));
        Assert.All(results, r => Assert.StartsWith("doc-", r.StreamKey));
        Assert.NotEqual(results[0].StreamKey, results[1].StreamKey);
    }

    [Fact]
    public async Task a_link_that_leads_nowhere_is_refused_by_name_and_the_folder_is_left_unwritten()
    {
        Folder.Write("set/a-good.txt", File.ReadAllText(Repository.Seed("000")));
        var loop = Path.Combine(Folder.Path, "set", "b-loop.txt");
        File.CreateSymbolicLink(loop, loop);

        var error = await Assert.ThrowsAsync<DocumentRejectedException>(() => Ingester.IngestPathAsync(Path.Combine(Folder.Path, "set")));

        Assert.Equal(loop, error.Path);
        Assert.Contains("cannot be read", error.Reason);
        Assert.Equal(0, await Database.EventCountAsync());
    }
}
