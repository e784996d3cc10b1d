namespace BaliTimeline.Extraction.Facts;

/// <summary>Why the store believes a fact: the document, the exact quote, and its character span [Start, End) in the document.</summary>
public sealed record Evidence(string Document, string Quote, int Start, int End);
