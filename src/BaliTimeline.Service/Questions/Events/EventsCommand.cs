using BaliTimeline.EventStore.Documents;
using BaliTimeline.Facts;
using Marten;

namespace BaliTimeline.Service.Questions;

[Description("Print a document's event stream, with the provenance of every fact", Name = "events")]
public sealed class EventsCommand : JasperFxAsyncCommand<DocumentInput>
{
    public EventsCommand() => Usage("Show one document's stream").Arguments(x => x.Document).ValidFlags(x => x.JsonFlag);

    public override Task<bool> Execute(DocumentInput input) => CommandRunner.Run(async () =>
    {
        var key = DocumentKey.For(Path.GetFileName(input.Document));
        using var host = input.BuildHost();
        var stream = await DocumentEvent.StreamAsync(host.Services.GetRequiredService<IDocumentStore>(), input.Document);
        if (stream.Count == 0) throw new CommandFailedException($"{input.Document}: no stream '{key}' in the store (ingest it first)");

        if (input.JsonFlag)
        {
            Json.Print(Json.Node(stream)!);
            return;
        }
        var table = new Table().Title($"[bold]{Markup.Escape(key)}[/]").AddColumns("#", "Type", "Date", "Summary", "Evidence");
        foreach (var e in stream)
        {
            var (date, summary) = Describe.Event(e.Data);
            var evidence = e.Data is Fact f ? $"[{f.Evidence.Start}..{f.Evidence.End}) \"{Describe.Clip(f.Evidence.Quote)}\"" : "";
            table.AddRow(e.Version.ToString(), Markup.Escape(EventTypes.PublicName(e.Data)), date, Markup.Escape(summary), Markup.Escape(evidence));
        }
        AnsiConsole.Write(table);
    });
}
