using BaliTimeline.Extraction.Documents;

namespace BaliTimeline.Timeline.Ingestion;

/// <summary>A document file read and checked: its text, the SHA-256 of its bytes, and its sidecar metadata if any.</summary>
public sealed record SourceDocument(string Path, string FileName, string Text, string Sha256, DocumentMetadata? Metadata);
