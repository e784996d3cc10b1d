namespace BaliTimeline.Service.Questions;

/// <summary>The two time axes every question takes, and the output format.</summary>
public class QuestionInput : JsonInput
{
    [Description("Valid time: the day to answer for (YYYY-MM-DD; YYYY-MM or YYYY mean their last day). Default: today")]
    public string? AsOfFlag { get; set; }

    [Description("Recorded time: answer as the store knew it at this instant (ISO 8601, e.g. 2026-11-22T10:00:00Z)")]
    public string? KnownAtFlag { get; set; }

    [Description("Recorded time: answer from the events up to this sequence number (the watermark an earlier answer returned)")]
    public string? WatermarkFlag { get; set; }
}
