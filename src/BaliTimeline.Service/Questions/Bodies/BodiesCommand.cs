namespace BaliTimeline.Service.Questions;

[Description("The Bali Process's bodies with their aliases", Name = "bodies")]
public sealed class BodiesCommand : QuestionCommand<QuestionInput, IReadOnlyList<BodyEntry>>
{
    protected override Task<TimelineAnswer<IReadOnlyList<BodyEntry>>> AskAsync(QuestionInput input, TimelineQueries queries, DateTimeOffset now) =>
        BodiesQuery.AskAsync(queries, Question(input, now));

    protected override void Render(IReadOnlyList<BodyEntry> answer)
    {
        var table = new Table().AddColumns("Body", "Also written", "Facts");
        foreach (var body in answer) table.AddRow(Markup.Escape(body.Name), Markup.Escape(string.Join(", ", body.Aliases)), body.Facts.ToString());
        AnsiConsole.Write(table);
    }
}
