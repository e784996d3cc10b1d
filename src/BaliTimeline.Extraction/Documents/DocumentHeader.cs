using BaliTimeline.Facts;

namespace BaliTimeline.Extraction.Documents;

/// <summary>What a document says about itself: its title and date, each with where it came from.</summary>
public sealed record DocumentHeader(string? Title, ValueSource TitleSource, PartialDate? Date, ValueSource DateSource);
