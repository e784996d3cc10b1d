using System.Text.Json.Nodes;
using BaliTimeline.EventStore.Documents;
using BaliTimeline.Extraction.Sources;
using BaliTimeline.Facts;

namespace BaliTimeline.Service.Documents;

[Description("Print the events documents would produce, without touching any database", Name = "extract")]
public sealed class ExtractCommand : JasperFxAsyncCommand<PathInput>
{
    public ExtractCommand() => Usage("Extract a file or folder").Arguments(x => x.Path).ValidFlags(x => x.JsonFlag);

    public override Task<bool> Execute(PathInput input) => CommandRunner.Run(() =>
    {
        var plans = SourceDocumentReader.ReadAll(input.Path).Select(source => DocumentReading.Of(source))
            .Select(reading => (reading.Extraction, DocumentDecider.Decide(null, reading).Events)).ToArray();
        if (input.JsonFlag)
        {
            Json.Print(new JsonArray(plans.Select(plan => (JsonNode)new JsonObject
            {
                ["document"] = plan.Extraction.Document,
                ["events"] = new JsonArray(plan.Events.Select(e => (JsonNode)Json.Event(e.Data)).ToArray()),
                ["skipped"] = Json.Node(plan.Extraction.Skipped),
            }).ToArray()));
            return Task.CompletedTask;
        }
        foreach (var plan in plans)
        {
            var table = new Table().Title($"[bold]{Markup.Escape(plan.Extraction.Document)}[/]").AddColumns("Type", "Date", "Summary", "Quote");
            foreach (var (_, data) in plan.Events)
            {
                var (date, summary) = Describe.Event(data);
                var quote = data is Fact f ? Describe.Clip(f.Evidence.Quote) : "";
                table.AddRow(Markup.Escape(EventTypes.PublicName(data)), date, Markup.Escape(summary), Markup.Escape(quote));
            }
            AnsiConsole.Write(table);
            foreach (var skipped in plan.Extraction.Skipped)
            {
                AnsiConsole.MarkupLineInterpolated($"  [yellow]skipped[/] ({skipped.Rule}) {skipped.Reason}: {Describe.Clip(skipped.Evidence.Quote)}");
            }
        }
        return Task.CompletedTask;
    });
}
