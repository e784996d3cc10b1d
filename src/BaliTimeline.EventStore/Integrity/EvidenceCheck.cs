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
    public static async Task<EvidenceReport> CheckAsync(IDocumentStore store, IReadOnlyList<SourceDocument> documents, CancellationToken cancellation = default)
    {
        var byKey = documents.GroupBy(d => DocumentKey.For(d.FileName)).ToDictionary(g => g.Key, g => g.First());
        await using var session = store.QuerySession();
        var streams = await session.Query<DocumentSummary>().OrderBy(s => s.Id).Select(s => s.Id).ToListAsync(cancellation);
        var (checkedDocuments, checkedFacts, problems, absent) = (0, 0, new List<EvidenceProblem>(), new List<string>());
        foreach (var key in streams)
        {
            if (!byKey.TryGetValue(key, out var document))
            {
                absent.Add(key);
                continue;
            }
            var state = await session.Events.AggregateStreamAsync<DocumentState>(key, token: cancellation);
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
        return new EvidenceReport(checkedDocuments, checkedFacts, problems, absent);
    }

    private static string Shorten(string quote) => quote.Length <= 80 ? quote : quote[..77] + "...";
}
