using BaliTimeline.EventStore.Documents;
using BaliTimeline.EventStore.Integrity;
using BaliTimeline.Extraction.Documents;
using BaliTimeline.Extraction.Sources;
using JasperFx;
using Marten;
using Marten.Exceptions;

namespace BaliTimeline.EventStore.Ingestion;

/// <summary>
/// Appends a document's events to its stream, once. Idempotent: the same text appends nothing. Safe under races:
/// every append states the stream version it read, so of two concurrent ingestions one commits and the other
/// re-reads, finds the text already there, and appends nothing. Documents are appended a batch per transaction.
/// </summary>
public sealed class DocumentIngester(IDocumentStore store, int extractorVersion = DocumentExtractor.Version)
{
    private const int Attempts = 5;

    /// <summary>Documents per transaction: a few hundred events each, few round trips, and a small loss to redo on a race.</summary>
    public const int BatchSize = 64;

    /// <summary>
    /// Take a changed text read from another folder than its document's last reading as a revision of that document.
    /// Off by default: a file of a known name from elsewhere is more often another document than a new version.
    /// </summary>
    public bool AcceptRevisionsFromElsewhere { get; init; }

    /// <summary>
    /// Ingests every document at a path (a file or a folder). All files are read and checked first, so one bad file
    /// rejects the whole set with <see cref="DocumentRejectedException"/> before anything is written.
    /// </summary>
    public Task<IReadOnlyList<IngestionResult>> IngestPathAsync(string path, Action<IngestionResult>? ingested = null, CancellationToken cancellation = default) =>
        IngestAllAsync(SourceDocumentReader.ReadAll(path), ingested, cancellation);

    /// <summary>
    /// Ingests documents already read and checked, reporting each as it is done. Their identities are checked first
    /// (<see cref="DocumentIdentityCheck"/>), so a set with a clash writes nothing. Documents go in batches of
    /// <see cref="BatchSize"/>: read by the extractor on every core, then appended in one transaction.
    /// </summary>
    public async Task<IReadOnlyList<IngestionResult>> IngestAllAsync(IReadOnlyList<SourceDocument> sources, Action<IngestionResult>? ingested = null, CancellationToken cancellation = default)
    {
        await DocumentIdentityCheck.CheckAsync(store, sources, AcceptRevisionsFromElsewhere, cancellation);
        var results = new List<IngestionResult>(sources.Count);
        foreach (var batch in sources.Chunk(BatchSize))
        {
            // Extraction is CPU-bound and independent per document; the database waits on one transaction per batch.
            var readings = batch.AsParallel().AsOrdered().WithCancellation(cancellation).Select(s => DocumentReading.Of(s, extractorVersion)).ToArray();
            foreach (var result in await AppendAsync(batch, readings, cancellation))
            {
                results.Add(result);
                ingested?.Invoke(result);
            }
        }
        return results;
    }

    /// <summary>Ingests one document read and checked, its identity checked first as in a set.</summary>
    public async Task<IngestionResult> IngestAsync(SourceDocument source, CancellationToken cancellation = default) =>
        (await IngestAllAsync([source], cancellation: cancellation))[0];

    private async Task<IngestionResult[]> AppendAsync(SourceDocument[] batch, DocumentReading[] readings, CancellationToken cancellation)
    {
        var keys = batch.Select(s => DocumentKey.For(s.FileName)).ToArray();
        for (var attempt = 1; ; attempt++)
        {
            await using var session = store.LightweightSession();
            // One round trip for every stream of the batch, each with the version it was read at.
            var streams = await session.Events.FetchManyForWriting<DocumentState>(keys, cancellation);
            var results = new IngestionResult[batch.Length];
            for (var i = 0; i < batch.Length; i++)
            {
                var (source, reading, stream) = (batch[i], readings[i], streams[i]);
                var decision = DocumentDecider.Decide(stream.Aggregate, reading);
                if (decision.Events.Count > 0)
                {
                    var head = stream.Aggregate is { Head: null } ? await EventChain.HeadAsync(store, keys[i], cancellation) : stream.Aggregate?.Head ?? EventChain.Start;
                    stream.AppendMany(Sealed(session, stream.Aggregate?.Version ?? 0, head, keys[i], decision, DocumentOrigin.Of(source)));
                }
                results[i] = new IngestionResult(source.FileName, keys[i], decision.Outcome, decision.Events.Count, reading.Extraction.Skipped, reading.Extraction.Facts.Count);
            }
            try
            {
                await session.SaveChangesAsync(cancellation);
                return results;
            }
            catch (Exception e) when (attempt < Attempts && e is ConcurrencyException or ExistingStreamIdCollisionException)
            {
                // Another ingestion of one of these documents committed first (to its stream, or to a stream that did
                // not exist when this one read it); the whole batch rolled back: read again and decide again.
            }
        }
    }

    /// <summary>The decided events with their ids, each sealed with its hash in the stream's chain, the reading marked with its file's origin.</summary>
    private static IEnumerable<object> Sealed(IDocumentSession session, long version, string head, string streamKey, DocumentDecision decision, string origin)
    {
        foreach (var (id, data) in decision.Events)
        {
            head = EventChain.Next(head, streamKey, ++version, data);
            var wrapped = session.Events.BuildEvent(data);
            wrapped.Id = id;
            wrapped.SetHeader(EventChain.Header, head);
            if (DocumentOrigin.IsReading(data)) wrapped.SetHeader(DocumentOrigin.Header, origin);
            yield return wrapped;
        }
    }
}
