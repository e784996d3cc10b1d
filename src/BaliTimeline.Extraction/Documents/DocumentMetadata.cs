using BaliTimeline.Extraction.Time;

namespace BaliTimeline.Extraction.Documents;

/// <summary>
/// Facts about a document that its text does not state, from an optional sidecar <c>NAME.meta.json</c> beside
/// <c>NAME.txt</c>: <c>{"title": "...", "published": "2024-11", "source": "...", "note": "..."}</c>.
/// Values taken from here are marked as such in the events.
/// </summary>
public sealed record DocumentMetadata(string? Title, PartialDate? Published, string? Source, string? Note);
