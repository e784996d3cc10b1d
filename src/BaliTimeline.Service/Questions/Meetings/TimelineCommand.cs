namespace BaliTimeline.Service.Questions;

public class TimelineInput : QuestionInput
{
    [Description("The first day of the window (YYYY, YYYY-MM or YYYY-MM-DD; a year or month means its first day)")]
    public string? FromFlag { get; set; }

    [Description("The last day of the window (a year or month means its last day)")]
    public string? ToFlag { get; set; }
}

[Description("Every document's meetings as one timeline, in valid-time order", Name = "timeline")]
public sealed class TimelineCommand : QuestionCommand<TimelineInput, IReadOnlyList<MeetingEntry>>
{
    protected override Task<TimelineAnswer<IReadOnlyList<MeetingEntry>>> AskAsync(TimelineInput input, TimelineQueries queries, DateTimeOffset now) =>
        MeetingsQuery.AskAsync(queries, MeetingWindow.Parse(input.FromFlag, input.ToFlag, now), Question(input, now));

    protected override void Render(IReadOnlyList<MeetingEntry> answer)
    {
        var table = new Table().AddColumns("Date", "Meeting", "Body", "#", "Where", "Evidence");
        foreach (var m in answer)
        {
            table.AddRow(m.Date.ToString(), Markup.Escape(m.Name ?? ""), Markup.Escape(m.Body ?? ""), m.Ordinal?.ToString() ?? "",
                Markup.Escape(string.Join(", ", new[] { Place(m), m.Format }.Where(x => x is not null))),
                Markup.Escape(string.Join("\n", m.Sources.Select(Evidence))));
        }
        AnsiConsole.Write(table);
    }

    /// <summary>The place as written, with its country when the text did not write it ("Bangkok, Thailand").</summary>
    private static string? Place(MeetingEntry m) =>
        m.Country is { } country && m.Location?.EndsWith(country, StringComparison.Ordinal) != true
            ? string.Join(", ", new[] { m.Location, country }.Where(x => x is not null))
            : m.Location;
}
