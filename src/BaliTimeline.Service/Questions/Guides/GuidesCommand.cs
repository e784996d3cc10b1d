namespace BaliTimeline.Service.Questions;

[Description("The register of guides and products as of a day, with every source", Name = "guides")]
public sealed class GuidesCommand : QuestionCommand<QuestionInput, IReadOnlyList<GuideEntry>>
{
    protected override Task<TimelineAnswer<IReadOnlyList<GuideEntry>>> AskAsync(QuestionInput input, TimelineQueries queries, DateTimeOffset now) =>
        GuidesQuery.AskAsync(queries, Question(input, now));

    protected override void Render(IReadOnlyList<GuideEntry> answer) => RenderGuides(answer);

    internal static void RenderGuides(IReadOnlyList<GuideEntry> guides)
    {
        var table = new Table().AddColumns("Guide", "Status", "Since", "Certainty", "Evidence");
        foreach (var guide in guides)
        {
            table.AddRow(Markup.Escape(guide.Guide), guide.Status.ToString(), guide.Since.ToString(), guide.Certainty.ToString(),
                Markup.Escape(string.Join("\n", guide.History.Select(h => $"{h.Status} {h.Date}: {string.Join("; ", h.Sources.Select(Evidence))}"))));
        }
        AnsiConsole.Write(table);
    }
}
