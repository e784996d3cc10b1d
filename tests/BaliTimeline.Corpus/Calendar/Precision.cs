namespace BaliTimeline.Corpus.Calendar;

/// <summary>How much of a date the text gives, which is how much of it the labels may claim.</summary>
public enum Precision
{
    Day,
    Month,
    Year,
}
