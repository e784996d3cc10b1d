using BaliTimeline.EventStore.Documents;
using BaliTimeline.Extraction.Sources;
using Marten;

namespace BaliTimeline.EventStore.Integrity;

/// <summary>
/// Checks what the store asserts against the documents themselves: a stream's file, found by name among the documents
/// given, must be the text the stream last read (the same SHA-256), and every fact the stream still asserts must quote
/// that text. The hash chain proves the events are the ones written; this proves they are what the documents say.
/// </summary>
public static class EvidenceCheck
{
    private const int Batch = 500;

    public static async Task<EvidenceReport> CheckAsync(IDocumentStore store, IReadOnlyList<SourceDocument> documents, CancellationToken cancellation = default)
    {
        var byKey = documents.GroupBy(d => DocumentKey.For(d.FileName)).ToDictionary(g => g.Key, g => g.First());
        // Read only: nothing is appended to the streams fetched, and the session is never saved.
        await using var session = store.LightweightSession();
        var streams = await session.Query<DocumentSummary>().OrderBy(s => s.Id).Select(s => s.Id).ToListAsync(cancellation);
        var absent = streams.Where(key => !byKey.ContainsKey(key)).ToList();
        var (checkedDocuments, checkedFacts, problems) = (0, 0, new List<EvidenceProblem>());
        // The streams' states a batch per round trip, as the ingester reads them, not one query per stream.
        foreach (var batch in streams.Where(byKey.ContainsKey).Chunk(Batch))
        {
            var states = await session.Events.FetchManyForWriting<DocumentState>(batch, cancellation);
            for (var i = 0; i < batch.Length; i++)
            {
                var (key, state, document) = (batch[i], states[i].Aggregate, byKey[batch[i]]);
                checkedDocuments++;
                if (state is null) continue;
                if (state.Sha256 != document.Sha256)
                {
                    problems.Add(new(key, document.Path, $"the file is not the text the stream last read (SHA-256 {document.Sha256[..12]}…, stored {state.Sha256[..12]}…)"));
                    continue;
                }
                foreach (var (eventId, fact) in state.ActiveFacts.Values.OrderBy(f => f.Fact.Evidence.Start))
                {
                    checkedFacts++;
                    // A fact first read from an earlier revision keeps that text's offsets; its quote is still in this one.
                    if (!document.Text.Contains(fact.Evidence.Quote, StringComparison.Ordinal))
                    {
                        problems.Add(new(key, document.Path, $"event {eventId} quotes \"{Shorten(fact.Evidence.Quote)}\", which the document does not say"));
                    }
                }
            }
        }
        return new EvidenceReport(checkedDocuments, checkedFacts, problems, absent);
    }

    private static string Shorten(string quote) => quote.Length <= 80 ? quote : quote[..77] + "...";
}
