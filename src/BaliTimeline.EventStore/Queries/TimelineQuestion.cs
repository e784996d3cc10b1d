using System.Globalization;
using BaliTimeline.EventStore.Views;

namespace BaliTimeline.EventStore.Queries;

/// <summary>
/// The two time axes of a question: valid time (as of a day) and recorded time (known at an instant, or pinned to
/// a watermark an earlier answer returned). Parsed the same way for the CLI and HTTP.
/// </summary>
public sealed record TimelineQuestion(DateOnly AsOf, DateTimeOffset? KnownAt, long? Watermark)
{
    public static TimelineQuestion Parse(string? asOf, string? knownAt, string? watermark, DateTimeOffset now) =>
        new(ParseAsOf("asOf", asOf, now), ParseKnownAt(knownAt, now), ParseWatermark(watermark, knownAt));

    /// <summary>A day, or a month or year meaning its last day ("2019" is 2019-12-31); today when not given.</summary>
    public static DateOnly ParseAsOf(string parameter, string? text, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(text)) return DateOnly.FromDateTime(now.UtcDateTime);
        return ValidTime.TryParseAsOf(text, out var day)
            ? day
            : throw NotADate(parameter, text);
    }

    /// <summary>The first day of a window's start: "2017" is 2017-01-01.</summary>
    public static DateOnly ParseFrom(string parameter, string text) =>
        PartialDate.TryParse(text, out var date) && date.Precision is not (DatePrecision.Range or DatePrecision.NotAfter)
            ? date.Earliest
            : throw NotADate(parameter, text);

    private static InvalidParameterException NotADate(string parameter, string text) =>
        new(parameter, $"'{text}' is not a date: use YYYY-MM-DD, YYYY-MM or YYYY");

    private static DateTimeOffset? ParseKnownAt(string? text, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant))
        {
            throw new InvalidParameterException("knownAt", $"'{text}' is not an instant: use ISO 8601, e.g. 2026-11-22T10:00:00Z");
        }
        return instant > now
            ? throw new InvalidParameterException("knownAt", $"'{text}' is in the future; the store cannot know yet what it will have recorded then")
            : instant;
    }

    private static long? ParseWatermark(string? text, string? knownAt)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (!string.IsNullOrWhiteSpace(knownAt)) throw new InvalidParameterException("watermark", "give either knownAt or watermark, not both");
        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidParameterException("watermark", $"'{text}' is not an event sequence number");
    }
}
