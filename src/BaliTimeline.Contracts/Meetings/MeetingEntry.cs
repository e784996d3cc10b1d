using BaliTimeline.Facts;

namespace BaliTimeline.Contracts;

public sealed record MeetingEntry(string? Name, string? Body, int? Ordinal, PartialDate Date, string? Location, string? Country, string? Format, IReadOnlyList<Source> Sources);
