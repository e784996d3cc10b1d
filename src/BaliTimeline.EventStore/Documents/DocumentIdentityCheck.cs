using BaliTimeline.Extraction.Sources;
using Marten;

namespace BaliTimeline.EventStore.Documents;

/// <summary>
/// One stream, one document file. Before anything of a set is written, two files of the set that would share a stream,
/// or a file whose stream already holds a file of another name, are refused with both names: never does one document
/// silently become a revision of another. A changed text of a known name read from another folder than the document's
/// last reading is refused too, unless the caller says such files are revisions: many collections have a `report.txt`.
/// </summary>
public static class DocumentIdentityCheck
{
    public static async Task CheckAsync(IDocumentStore store, IReadOnlyList<SourceDocument> sources, bool acceptRevisionsFromElsewhere = false, CancellationToken cancellation = default)
    {
        var keyed = sources.Select(s => (Source: s, Key: DocumentKey.For(s.FileName))).ToArray();
        foreach (var same in keyed.GroupBy(k => k.Key).Where(g => g.Count() > 1))
        {
            var (first, second) = (same.First().Source, same.Skip(1).First().Source);
            throw new DocumentRejectedException(second.Path,
                $"would share the stream '{same.Key}' with {first.Path}, another document; rename one of them");
        }

        var keys = keyed.Select(k => k.Key).ToArray();
        await using var session = store.QuerySession();
        var stored = (await session.Query<DocumentSummary>().Where(s => s.Id.IsOneOf(keys)).ToListAsync(cancellation))
            .ToDictionary(s => s.Id);
        foreach (var (source, key) in keyed)
        {
            if (!stored.TryGetValue(key, out var summary)) continue;
            if (summary.FileName is { } name && name != source.FileName)
            {
                throw new DocumentRejectedException(source.Path, $"its stream '{key}' already holds '{name}', another file; rename it");
            }
            var changed = summary.Sha256 != source.Sha256 || summary.MetadataSha256 != source.MetadataSha256;
            if (!acceptRevisionsFromElsewhere && changed && summary.ReadFrom is { } from && from != DocumentOrigin.Of(source))
            {
                throw new DocumentRejectedException(source.Path,
                    $"its stream '{key}' holds another text read from {from}; if this file is a new version of that document, " +
                    "ingest it as a revision (ingest --revise), and if it is another document, rename it");
            }
        }
    }
}
