using BaliTimeline.Extraction.Sources;
using Marten;

namespace BaliTimeline.EventStore.Documents;

/// <summary>
/// One stream, one document file. Before anything of a set is written, two files of the set that would share a stream,
/// or a file whose stream already holds a file of another name, are refused with both names: never does one document
/// silently become a revision of another.
/// </summary>
public static class DocumentIdentityCheck
{
    public static async Task CheckAsync(IDocumentStore store, IReadOnlyList<SourceDocument> sources, CancellationToken cancellation = default)
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
            .ToDictionary(s => s.Id, s => s.FileName);
        foreach (var (source, key) in keyed)
        {
            if (stored.TryGetValue(key, out var name) && name is not null && name != source.FileName)
            {
                throw new DocumentRejectedException(source.Path, $"its stream '{key}' already holds '{name}', another file; rename it");
            }
        }
    }
}
