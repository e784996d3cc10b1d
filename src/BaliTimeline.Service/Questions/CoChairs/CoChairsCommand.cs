namespace BaliTimeline.Service.Questions;

public class CoChairsInput : QuestionInput
{
    [Description("The body, by its name or any alias (\"TIPWG\", \"WG-TIP\", \"Working Group on Trafficking in Persons\")")]
    public string Body { get; set; } = "";
}

[Description("Who co-chaired a body as of a day, since when, and the history of changes", Name = "co-chairs")]
public sealed class CoChairsCommand : QuestionCommand<CoChairsInput, CoChairs>
{
    public CoChairsCommand() => Usage("Co-chairs of a body").Arguments(x => x.Body);

    protected override Task<TimelineAnswer<CoChairs>> AskAsync(CoChairsInput input, TimelineQueries queries, DateTimeOffset now) =>
        CoChairsQuery.AskAsync(queries, input.Body, Question(input, now));

    protected override void Render(CoChairs answer)
    {
        var current = new Table().Title(Markup.Escape(answer.Body)).AddColumns("Member", "Agency", "Since", "Certainty", "Evidence");
        foreach (var seat in answer.Current)
        {
            current.AddRow(Markup.Escape(seat.Member), Markup.Escape(seat.Agency ?? "(not named)"), seat.Since.ToString(), seat.Certainty.ToString(),
                Markup.Escape(string.Join("\n", seat.Sources.Select(Evidence))));
        }
        AnsiConsole.Write(current);
        var history = new Table().Title("History").AddColumns("Member", "Agency", "From", "Last seen", "Sources");
        foreach (var period in answer.History)
        {
            history.AddRow(Markup.Escape(period.Member), Markup.Escape(period.Agency ?? "(not named)"), period.From.ToString(), period.LastSeen.ToString(),
                Markup.Escape(string.Join("\n", period.Sources.Select(s => s.Document))));
        }
        AnsiConsole.Write(history);
    }
}
