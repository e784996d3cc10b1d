using BaliTimeline.Facts;

namespace BaliTimeline.Timeline.Documents;

/// <summary>
/// What a document's stream currently asserts: its latest text hash, the extractor version that read it, how many
/// readings it has had, and the facts not retracted, by identity. A pure fold over the stream; ingestion compares
/// a new reading against it.
/// </summary>
public sealed record DocumentHistory(string Sha256, string? MetadataSha256, int ExtractorVersion, int Revision, IReadOnlyDictionary<string, (Guid EventId, Fact Fact)> ActiveFacts)
{
    public static DocumentHistory? From(IEnumerable<(Guid EventId, object Data)> events)
    {
        string? sha = null, metadataSha = null;
        var (extractor, revision) = (0, 0);
        var active = new Dictionary<string, (Guid, Fact)>();
        foreach (var (id, data) in events)
        {
            switch (data)
            {
                case DocumentRegistered registered:
                    (sha, metadataSha, extractor, revision) = (registered.Sha256, registered.MetadataSha256, registered.ExtractorVersion, 1);
                    break;
                case DocumentRevised revised:
                    (sha, metadataSha, extractor, revision) = (revised.Sha256, revised.MetadataSha256, revised.ExtractorVersion, revision + 1);
                    break;
                case DocumentReread reread:
                    (extractor, revision) = (reread.ExtractorVersion, revision + 1);
                    break;
                case FactRetracted retracted:
                    foreach (var key in active.Where(a => a.Value.Item1 == retracted.RetractedEventId).Select(a => a.Key).ToArray()) active.Remove(key);
                    break;
                case Fact fact:
                    active[FactIdentity.Of(fact)] = (id, fact);
                    break;
            }
        }
        return sha is null ? null : new DocumentHistory(sha, metadataSha, extractor, revision, active);
    }
}
