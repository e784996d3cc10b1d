using BaliTimeline.Extraction.Documents;
using BaliTimeline.Timeline.Documents;
using JasperFx.Events;
using Marten;
using Npgsql;

namespace BaliTimeline.Timeline.Ingestion;

/// <summary>
/// Appends a document's events to its stream, once. Idempotent: the same text appends nothing. Safe under races:
/// every append states the stream version it read, so of two concurrent ingestions one commits and the other
/// re-reads, finds the text already there, and appends nothing.
/// </summary>
public sealed class DocumentIngester(IDocumentStore store, int extractorVersion = DocumentExtractor.Version)
{
    private const int Attempts = 5;

    /// <summary>
    /// Ingests every document at a path (a file or a folder). All files are read and checked first, so one bad file
    /// rejects the whole set with <see cref="DocumentRejectedException"/> before anything is written.
    /// </summary>
    public Task<IReadOnlyList<IngestionResult>> IngestPathAsync(string path, Action<IngestionResult>? ingested = null, CancellationToken cancellation = default) =>
        IngestAllAsync(SourceDocumentReader.ReadAll(path), ingested, cancellation);

    /// <summary>Ingests documents already read and checked, one after another, reporting each as it is done.</summary>
    public async Task<IReadOnlyList<IngestionResult>> IngestAllAsync(IReadOnlyList<SourceDocument> sources, Action<IngestionResult>? ingested = null, CancellationToken cancellation = default)
    {
        var results = new List<IngestionResult>(sources.Count);
        foreach (var source in sources)
        {
            var result = await IngestAsync(source, cancellation);
            results.Add(result);
            ingested?.Invoke(result);
        }
        return results;
    }

    public async Task<IngestionResult> IngestAsync(SourceDocument source, CancellationToken cancellation = default)
    {
        var key = DocumentKey.For(source.FileName);
        var extraction = DocumentExtractor.Extract(source.FileName, source.Text, source.Metadata);
        for (var attempt = 1; ; attempt++)
        {
            await using var session = store.LightweightSession();
            var stream = await session.Events.FetchStreamAsync(key, token: cancellation);
            var history = DocumentHistory.From(stream.Select(e => (e.Id, e.Data)));
            var plan = IngestionPlan.For(source, history, extractorVersion, extraction);
            var result = new IngestionResult(source.FileName, key, plan.Outcome, plan.Events.Count, plan.Extraction.Skipped, plan.Extraction.Facts.Count);
            if (plan.Events.Count == 0) return result;

            var events = plan.Events.Select(e =>
            {
                var wrapped = session.Events.BuildEvent(e.Data);
                wrapped.Id = e.Id;
                return (object)wrapped;
            }).ToArray();
            if (history is null) session.Events.StartStream(key, events);
            else session.Events.Append(key, stream[^1].Version + events.Length, events);

            try
            {
                await session.SaveChangesAsync(cancellation);
                return result;
            }
            catch (Exception e) when (attempt < Attempts && IsConcurrencyConflict(e))
            {
                // Another ingestion of this document committed first; read again and decide again.
            }
        }
    }

    private static bool IsConcurrencyConflict(Exception e) =>
        e is JasperFx.ConcurrencyException or Marten.Exceptions.ExistingStreamIdCollisionException or ExistingStreamIdCollisionException
            or PostgresException { SqlState: PostgresErrorCodes.UniqueViolation }
        || (e.InnerException is { } inner && IsConcurrencyConflict(inner));
}
