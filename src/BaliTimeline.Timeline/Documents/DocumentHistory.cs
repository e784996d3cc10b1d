using BaliTimeline.Extraction.Facts;

namespace BaliTimeline.Timeline.Documents;

/// <summary>
/// What a document's stream currently asserts: its latest text hash, how many texts it has had, and the facts
/// not retracted, by identity. A pure fold over the stream; ingestion compares a new text against it.
/// </summary>
public sealed record DocumentHistory(string Sha256, int Revision, IReadOnlyDictionary<string, (Guid EventId, Fact Fact)> ActiveFacts)
{
    public static DocumentHistory? From(IEnumerable<(Guid EventId, object Data)> events)
    {
        string? sha = null;
        var revision = 0;
        var active = new Dictionary<string, (Guid, Fact)>();
        foreach (var (id, data) in events)
        {
            switch (data)
            {
                case DocumentRegistered registered:
                    (sha, revision) = (registered.Sha256, 1);
                    break;
                case DocumentRevised revised:
                    (sha, revision) = (revised.Sha256, revision + 1);
                    break;
                case FactRetracted retracted:
                    foreach (var key in active.Where(a => a.Value.Item1 == retracted.RetractedEventId).Select(a => a.Key).ToArray()) active.Remove(key);
                    break;
                case Fact fact:
                    active[FactIdentity.Of(fact)] = (id, fact);
                    break;
            }
        }
        return sha is null ? null : new DocumentHistory(sha, revision, active);
    }
}
