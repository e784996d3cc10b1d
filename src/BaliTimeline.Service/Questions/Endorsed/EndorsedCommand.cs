namespace BaliTimeline.Service.Questions;

[Description("What was endorsed as of a day, certainly or possibly, with the evidence", Name = "endorsed")]
public sealed class EndorsedCommand : QuestionCommand<QuestionInput, IReadOnlyList<GuideEntry>>
{
    protected override Task<TimelineAnswer<IReadOnlyList<GuideEntry>>> AskAsync(QuestionInput input, TimelineQueries queries, DateTimeOffset now) =>
        EndorsedQuery.AskAsync(queries, Question(input, now));

    protected override void Render(IReadOnlyList<GuideEntry> answer) => GuidesCommand.RenderGuides(answer);
}
