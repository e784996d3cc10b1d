using BaliTimeline.Extraction.Sources;
using JasperFx.Events;

namespace BaliTimeline.EventStore.Documents;

/// <summary>
/// Where a reading's file was read from: its full path, kept in the reading event's <see cref="Header"/>. It is
/// metadata of the ingestion, like who ran it, not something the document states, so it is outside the event's data
/// and its hash: the same documents give the same digest wherever they were read from.
/// </summary>
public static class DocumentOrigin
{
    public const string Header = "read-from";

    public static string Of(SourceDocument source) => Path.GetFullPath(source.Path);

    public static string? Of(IEvent e) => e.GetHeader(Header)?.ToString();

    /// <summary>The events of a decision that are readings of the file, which carry its origin.</summary>
    public static bool IsReading(object data) => data is DocumentRead or DocumentReread;
}
