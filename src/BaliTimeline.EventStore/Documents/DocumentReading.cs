using BaliTimeline.Extraction.Documents;
using BaliTimeline.Extraction.Sources;

namespace BaliTimeline.EventStore.Documents;

/// <summary>One reading of a document file: the file as read and checked, what the extractor read from it, and which extractor.</summary>
public sealed record DocumentReading(SourceDocument Source, DocumentExtraction Extraction, int ExtractorVersion)
{
    public static DocumentReading Of(SourceDocument source, int extractorVersion = DocumentExtractor.Version) =>
        new(source, DocumentExtractor.Extract(source.FileName, source.Text, source.Metadata), extractorVersion);
}
