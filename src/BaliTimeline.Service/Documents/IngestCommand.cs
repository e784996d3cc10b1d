using BaliTimeline.EventStore;
using BaliTimeline.EventStore.Documents;
using BaliTimeline.EventStore.Ingestion;
using BaliTimeline.Extraction.Sources;
using Marten;

namespace BaliTimeline.Service.Documents;

[Description("Ingest documents: one event stream per document, appending only what is new", Name = "ingest")]
public sealed class IngestCommand : JasperFxAsyncCommand<IngestInput>
{
    public IngestCommand() => Usage("Ingest a file or folder").Arguments(x => x.Path).ValidFlags(x => x.JsonFlag, x => x.ReviseFlag);

    public override Task<bool> Execute(IngestInput input) => CommandRunner.Run(async () =>
    {
        // Every file is read and checked before anything is written: one bad file leaves the store as it was.
        var sources = SourceDocumentReader.ReadAll(input.Path);
        using var host = input.BuildHost();
        var store = host.Services.GetRequiredService<IDocumentStore>();
        // Where the schema follows the code (development), all of it is created now, not table by table when first used.
        if (host.Services.GetRequiredService<IHostEnvironment>().IsDevelopment()) await SchemaChanges.ApplyAsync(store);
        var ingester = new DocumentIngester(store) { AcceptRevisionsFromElsewhere = input.ReviseFlag };
        IReadOnlyList<IngestionResult> results = [];
        if (input.JsonFlag || !AnsiConsole.Profile.Capabilities.Interactive)
        {
            results = await ingester.IngestAllAsync(sources);
        }
        else
        {
            await AnsiConsole.Progress().StartAsync(async progress =>
            {
                var task = progress.AddTask("ingesting", maxValue: sources.Count);
                results = await ingester.IngestAllAsync(sources, _ => task.Increment(1));
            });
        }

        if (input.JsonFlag)
        {
            Json.Print(Json.Node(results.Select(r => new { r.FileName, r.StreamKey, r.Outcome, r.EventsAppended, r.FactsRead, r.Skipped, r.Warning }))!);
            return;
        }
        var table = new Table().AddColumns("Document", "Stream", "Outcome", "Events appended", "Facts read", "Skipped");
        foreach (var r in results)
        {
            table.AddRow(Markup.Escape(r.FileName), Markup.Escape(r.StreamKey), r.Outcome.ToString().ToLowerInvariant(),
                r.EventsAppended.ToString(), r.FactsRead.ToString(), r.Skipped.Count.ToString());
        }
        AnsiConsole.Write(table);
        foreach (var r in results.Where(r => r.Warning is not null)) AnsiConsole.MarkupLineInterpolated($"[yellow]warning[/] {r.FileName}: {r.Warning}");
        AnsiConsole.WriteLine(
            $"{results.Count} document{(results.Count == 1 ? "" : "s")}: {results.Count(r => r.Outcome == IngestionOutcome.New)} new, " +
            $"{results.Count(r => r.Outcome == IngestionOutcome.Unchanged)} unchanged, {results.Count(r => r.Outcome == IngestionOutcome.Revised)} revised, " +
            $"{results.Count(r => r.Outcome == IngestionOutcome.Reread)} re-read; " +
            $"{results.Sum(r => r.EventsAppended)} events appended; {results.Sum(r => r.Skipped.Count)} facts skipped");
    });
}
