using BaliTimeline.Facts;

namespace BaliTimeline.Extraction.Documents;

/// <summary>Everything read from one document: its header, its facts in document order, and what was left out and why.</summary>
public sealed record DocumentExtraction(
    string Document,
    DocumentHeader Header,
    IReadOnlyList<Fact> Facts,
    IReadOnlyList<SkippedFact> Skipped);
