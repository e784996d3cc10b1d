using BaliTimeline.EventStore.Integrity;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace BaliTimeline.EventStore.Documents;

/// <summary>
/// Lets Marten build <see cref="DocumentState"/> from a stream (live, never stored) for
/// <c>FetchForWriting</c>; the fold itself is <see cref="DocumentState.After"/>.
/// </summary>
public sealed class DocumentProjection : SingleStreamProjection<DocumentState, string>
{
    public override DocumentState? Evolve(DocumentState? snapshot, string id, IEvent e) =>
        DocumentState.After(snapshot, id, e.Id, e.Data, e.GetHeader(EventChain.Header)?.ToString(), e.EventTypeName != EventTypes.Of(e.Data.GetType()).StoredName);
}
