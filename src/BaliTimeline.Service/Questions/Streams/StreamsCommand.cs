using BaliTimeline.EventStore.Documents;
using Marten;

namespace BaliTimeline.Service.Questions;

[Description("Summarise every document stream in the store", Name = "streams")]
public sealed class StreamsCommand : JasperFxAsyncCommand<JsonInput>
{
    public override Task<bool> Execute(JsonInput input) => CommandRunner.Run(async () =>
    {
        using var host = input.BuildHost();
        var streams = await StreamSummaryQuery.RunAsync(host.Services.GetRequiredService<IDocumentStore>());
        if (input.JsonFlag)
        {
            Json.Print(Json.Node(streams)!);
            return;
        }
        var table = new Table().AddColumns("Stream", "Title", "Events", "Facts", "Revisions", "Retractions", "Last changed (UTC)");
        foreach (var s in streams)
        {
            table.AddRow(Markup.Escape(s.StreamKey), Markup.Escape(s.Title ?? "(untitled)"), s.Version.ToString(), s.Facts.ToString(),
                s.Revisions.ToString(), s.Retractions.ToString(), s.LastChanged.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss"));
        }
        AnsiConsole.Write(table);
        AnsiConsole.WriteLine($"{streams.Count} streams, {streams.Sum(s => s.Version)} events, {streams.Sum(s => s.Facts)} facts");
    });
}
