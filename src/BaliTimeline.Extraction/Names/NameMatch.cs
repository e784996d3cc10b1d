namespace BaliTimeline.Extraction.Names;

/// <summary>A canonical name found in a sentence, at [Start, End) of the sentence's normalised text.</summary>
public sealed record NameMatch(string Canonical, string Written, int Start, int End);
