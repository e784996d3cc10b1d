using JasperFx.Events;
using Marten.Events.Aggregation;

namespace BaliTimeline.EventStore.Documents;

/// <summary>
/// Keeps <see cref="DocumentSummary"/> per stream: the latest title read, how many facts, readings after the first,
/// and retractions, and when its last event was recorded. Inline, so `streams` reads one row per document, never the event table.
/// </summary>
public sealed class DocumentSummaryProjection : SingleStreamProjection<DocumentSummary, string>
{
    public override DocumentSummary? Evolve(DocumentSummary? snapshot, string id, IEvent e)
    {
        var summary = snapshot ?? new DocumentSummary(id, null, 0, 0, 0, 0, RecordedAt.Of(e));
        summary = e.Data switch
        {
            DocumentRegistered registered => Read(summary, registered, e),
            DocumentRevised revised => Read(summary, revised, e) with { Revisions = summary.Revisions + 1 },
            DocumentReread => summary with { Revisions = summary.Revisions + 1, ReadFrom = DocumentOrigin.Of(e) ?? summary.ReadFrom },
            FactRetracted => summary with { Retractions = summary.Retractions + 1 },
            Fact => summary with { Facts = summary.Facts + 1 },
            _ => summary,
        };
        return summary with { Version = e.Version, LastChanged = RecordedAt.Of(e) };
    }

    private static DocumentSummary Read(DocumentSummary summary, DocumentRead read, IEvent e) => summary with
    {
        Title = read.Title, FileName = read.FileName, Sha256 = read.Sha256, MetadataSha256 = read.MetadataSha256, ReadFrom = DocumentOrigin.Of(e),
    };
}
