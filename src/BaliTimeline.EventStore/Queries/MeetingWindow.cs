namespace BaliTimeline.EventStore.Queries;

/// <summary>
/// A valid-time window, from its first day to its last, each given as a year, a month or a day ("2017" to "2018-06"
/// is 2017-01-01 to 2018-06-30); an open end is unbounded. Parsed the same way for the CLI and HTTP.
/// </summary>
public sealed record MeetingWindow(DateOnly From, DateOnly To)
{
    public static MeetingWindow Parse(string? from, string? to, DateTimeOffset now)
    {
        var first = string.IsNullOrWhiteSpace(from) ? DateOnly.MinValue : TimelineQuestion.ParseFrom("from", from);
        var last = string.IsNullOrWhiteSpace(to) ? DateOnly.MaxValue : TimelineQuestion.ParseAsOf("to", to, now);
        return last < first ? throw new InvalidParameterException("to", $"{last:yyyy-MM-dd} is before {{0}} ({first:yyyy-MM-dd})", other: "from") : new(first, last);
    }
}
