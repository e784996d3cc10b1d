using BaliTimeline.Facts;

namespace BaliTimeline.Extraction.Documents;

/// <summary>Something a rule recognised but could not read completely, so it was left out rather than guessed.</summary>
public sealed record SkippedFact(string Rule, string Reason, Evidence Evidence);
