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
/// re-reads, finds the text already there, and appends nothing.
/// </summary>
public sealed class DocumentIngester(IDocumentStore store, int extractorVersion = DocumentExtractor.Version)
{
    private const int Attempts = 5;

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
    /// Ingests documents already read and checked, one after another, reporting each as it is done. Their identities
    /// are checked first (<see cref="DocumentIdentityCheck"/>), so a set with a clash writes nothing.
    /// </summary>
    public async Task<IReadOnlyList<IngestionResult>> IngestAllAsync(IReadOnlyList<SourceDocument> sources, Action<IngestionResult>? ingested = null, CancellationToken cancellation = default)
    {
        await DocumentIdentityCheck.CheckAsync(store, sources, AcceptRevisionsFromElsewhere, cancellation);
        var results = new List<IngestionResult>(sources.Count);
        foreach (var source in sources)
        {
            var result = await AppendAsync(source, cancellation);
            results.Add(result);
            ingested?.Invoke(result);
        }
        return results;
    }

    /// <summary>Ingests one document read and checked, its identity checked first as in a set.</summary>
    public async Task<IngestionResult> IngestAsync(SourceDocument source, CancellationToken cancellation = default) =>
        (await IngestAllAsync([source], cancellation: cancellation))[0];

    private async Task<IngestionResult> AppendAsync(SourceDocument source, CancellationToken cancellation)
    {
        var reading = DocumentReading.Of(source, extractorVersion);
        for (var attempt = 1; ; attempt++)
        {
            await using var session = store.LightweightSession();
            var stream = await session.Events.FetchForWriting<DocumentState>(DocumentKey.For(source.FileName), cancellation);
            var decision = DocumentDecider.Decide(stream.Aggregate, reading);
            stream.AppendMany(Sealed(session, stream.Aggregate, stream.Key!, decision, DocumentOrigin.Of(source)));
            try
            {
                await session.SaveChangesAsync(cancellation);
                return new IngestionResult(source.FileName, stream.Key!, decision.Outcome, decision.Events.Count, reading.Extraction.Skipped, reading.Extraction.Facts.Count);
            }
            catch (Exception e) when (attempt < Attempts && e is ConcurrencyException or ExistingStreamIdCollisionException)
            {
                // Another ingestion of this document committed first (to its stream, or to a stream that did not
                // exist when this one read it); read again and decide again.
            }
        }
    }

    /// <summary>The decided events with their ids, each sealed with its hash in the stream's chain, the reading marked with its file's origin.</summary>
    private static IEnumerable<object> Sealed(IDocumentSession session, DocumentState? state, string streamKey, DocumentDecision decision, string origin)
    {
        var (version, head) = (state?.Version ?? 0, state?.Head ?? EventChain.Start);
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
