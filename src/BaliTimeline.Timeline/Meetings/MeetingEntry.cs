using BaliTimeline.Facts;
using BaliTimeline.Timeline.Queries;

namespace BaliTimeline.Timeline.Meetings;

public sealed record MeetingEntry(string? Name, string? Body, int? Ordinal, PartialDate Date, string? Location, string? Format, IReadOnlyList<Source> Sources);
