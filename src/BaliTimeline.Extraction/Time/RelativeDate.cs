using BaliTimeline.Facts;

namespace BaliTimeline.Extraction.Time;

/// <summary>A date a sentence gives relative to the document's own ("yesterday", "last month"), at [Start, End), resolved.</summary>
public sealed record RelativeDate(int Start, int End, PartialDate Date);
