using BaliTimeline.EventStore.Integrity;

namespace BaliTimeline.EventStore.Documents;

/// <summary>
/// The document aggregate: what a document's stream currently asserts. Its latest text hash and sidecar hash, the
/// extractor version that read it, how many readings it has had, and the facts not retracted, by identity. Built by
/// <see cref="After"/>, a pure fold over the stream; <see cref="DocumentDecider"/> compares a new reading against it.
/// It also carries the stream's version and the hash of its last event (<see cref="EventChain"/>), which the next
/// event's hash chains; null when only the stored rows can give it (<see cref="EventChain.HeadAsync"/>).
/// </summary>
public sealed record DocumentState(
    string Id,
    long Version,
    string? Head,
    string Sha256,
    string? MetadataSha256,
    int ExtractorVersion,
    int Revision,
    IReadOnlyDictionary<string, (Guid EventId, Fact Fact)> ActiveFacts)
{
    /// <summary>
    /// The state after one event. <paramref name="sealedWith"/> is the hash the event was stored with, if any; an event
    /// stored without one is hashed here, unless it was <paramref name="upcast"/> from an earlier shape, whose stored
    /// row only can give its hash: the head is then unknown (null) until an event sealed with its hash.
    /// </summary>
    public static DocumentState? After(DocumentState? state, string streamKey, Guid eventId, object data, string? sealedWith = null, bool upcast = false) =>
        Read(state, streamKey, eventId, data) switch
        {
            null => null,
            var next => next with
            {
                Version = (state?.Version ?? 0) + 1,
                Head = sealedWith ?? (upcast || state is { Head: null } ? null : EventChain.Next(state?.Head ?? EventChain.Start, streamKey, (state?.Version ?? 0) + 1, data)),
            },
        };

    private static DocumentState? Read(DocumentState? state, string streamKey, Guid eventId, object data) => data switch
    {
        DocumentRegistered registered => new(streamKey, 0, EventChain.Start, registered.Sha256, registered.MetadataSha256, registered.ExtractorVersion, 1, new Dictionary<string, (Guid, Fact)>()),
        DocumentRevised revised when state is not null => state with
        {
            Sha256 = revised.Sha256, MetadataSha256 = revised.MetadataSha256, ExtractorVersion = revised.ExtractorVersion, Revision = state.Revision + 1,
        },
        DocumentReread reread when state is not null => state with { ExtractorVersion = reread.ExtractorVersion, Revision = state.Revision + 1 },
        FactRetracted retracted when state is not null => state with
        {
            ActiveFacts = state.ActiveFacts.Where(a => a.Value.EventId != retracted.RetractedEventId).ToDictionary(),
        },
        Fact fact when state is not null => state with
        {
            ActiveFacts = new Dictionary<string, (Guid, Fact)>(state.ActiveFacts) { [FactIdentity.Of(fact)] = (eventId, fact) },
        },
        _ => state,
    };

    public static DocumentState? From(string streamKey, IEnumerable<(Guid EventId, object Data)> events) =>
        events.Aggregate((DocumentState?)null, (state, e) => After(state, streamKey, e.EventId, e.Data));
}
