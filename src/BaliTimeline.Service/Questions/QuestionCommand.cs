namespace BaliTimeline.Service.Questions;

/// <summary>
/// What every question command does: parse the time axes, ask the timeline, print JSON (the same shape as the HTTP
/// API) or a table headed by the axes the answer was computed on.
/// </summary>
public abstract class QuestionCommand<TInput, TAnswer> : JasperFxAsyncCommand<TInput> where TInput : QuestionInput
{
    protected abstract Task<TimelineAnswer<TAnswer>> AskAsync(TInput input, TimelineQueries queries, DateTimeOffset now);

    protected abstract void Render(TAnswer answer);

    public override Task<bool> Execute(TInput input) => CommandRunner.Run(async () =>
    {
        using var host = input.BuildHost();
        var now = host.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var answer = await AskAsync(input, host.Services.GetRequiredService<TimelineQueries>(), now);
        if (input.JsonFlag)
        {
            Json.Print(Json.Node(answer)!);
            return;
        }
        var axes = answer.AsOf is { } asOf ? $"as of {asOf:yyyy-MM-dd}, " : "";
        var knownAt = answer.RecordedTime.KnownAt is { } at ? $" (known at {at:O})" : "";
        AnsiConsole.MarkupLineInterpolated($"[grey]{axes}watermark {answer.RecordedTime.Watermark}{knownAt}[/]");
        Render(answer.Answer);
    });

    protected static TimelineQuestion Question(QuestionInput input, DateTimeOffset now) =>
        TimelineQuestion.Parse(input.AsOfFlag, input.KnownAtFlag, input.WatermarkFlag, now);

    protected static string Evidence(Source source) =>
        $"{source.Document} [{source.Start}..{source.End}) \"{Describe.Clip(source.Quote)}\"";
}
