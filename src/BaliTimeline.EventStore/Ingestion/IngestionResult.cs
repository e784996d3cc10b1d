using BaliTimeline.EventStore.Documents;
using BaliTimeline.Extraction.Documents;

namespace BaliTimeline.EventStore.Ingestion;

/// <summary>What one document's ingestion did: its stream, the outcome, the events appended and the facts skipped.</summary>
public sealed record IngestionResult(
    string FileName,
    string StreamKey,
    IngestionOutcome Outcome,
    int EventsAppended,
    IReadOnlyList<SkippedFact> Skipped,
    int FactsRead)
{
    /// <summary>A document from which no fact could be read is still registered, with this warning.</summary>
    public string? Warning => FactsRead == 0 ? "no fact could be read from this document; it is registered with its header only" : null;
}
