using BaliTimeline.Extraction.Documents;

namespace BaliTimeline.Extraction.Sources;

/// <summary>
/// A document file read and checked: its text, the SHA-256 of its bytes, and its sidecar metadata with the SHA-256
/// of the sidecar's bytes, if it has one. A change to either is a new version of the document.
/// </summary>
public sealed record SourceDocument(string Path, string FileName, string Text, string Sha256, DocumentMetadata? Metadata, string? MetadataSha256);
