namespace BaliTimeline.Service.Questions;

[Description("Forward work plans per body as of a day, and the plan in force then", Name = "work-plans")]
public sealed class WorkPlansCommand : QuestionCommand<QuestionInput, IReadOnlyList<BodyWorkPlans>>
{
    protected override Task<TimelineAnswer<IReadOnlyList<BodyWorkPlans>>> AskAsync(QuestionInput input, TimelineQueries queries, DateTimeOffset now) =>
        WorkPlansQuery.AskAsync(queries, Question(input, now));

    protected override void Render(IReadOnlyList<BodyWorkPlans> answer)
    {
        var table = new Table().AddColumns("Body", "Plan", "Status", "Since", "Certainty", "In force", "Evidence");
        foreach (var body in answer)
        {
            foreach (var plan in body.Plans)
            {
                table.AddRow(Markup.Escape(body.Body), $"{plan.FirstYear}-{plan.LastYear}", plan.Status.ToString(), plan.Since.ToString(),
                    plan.Certainty.ToString(), plan == body.InForce ? "yes" : "",
                    Markup.Escape(string.Join("\n", plan.History.Select(h => $"{h.Status} {h.Date}: {string.Join("; ", h.Sources.Select(Evidence))}"))));
            }
        }
        AnsiConsole.Write(table);
    }
}
