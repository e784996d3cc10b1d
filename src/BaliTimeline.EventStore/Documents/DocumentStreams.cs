using JasperFx.Events;
using JasperFx.Events.Projections;
using BaliTimeline.EventStore.Rebuilds;
using BaliTimeline.EventStore.Upcasting;
using Marten;

namespace BaliTimeline.EventStore.Documents;

/// <summary>One stream per document: its identity, its events and their stored names, its aggregate and its summary.</summary>
public static class DocumentStreams
{
    public static void Configure(StoreOptions options, ViewPlacement views)
    {
        options.Events.StreamIdentity = StreamIdentity.AsString;
        // Event ids are derived from the document and the fact; the database holds them unique, so no ingestion
        // path, however it races, can store one fact twice.
        options.Events.EnableUniqueIndexOnEventId = true;
        // Rich appends reserve sequence numbers before the inline projections run: the fact ledger is keyed on
        // them (recorded time), and the quick mode would hand the projection sequence 0.
        options.Events.AppendMode = EventAppendMode.Rich;
        // Each event's hash in its stream's chain (EventChain) is kept in its headers.
        options.Events.MetadataConfig.HeadersEnabled = true;
        foreach (var type in EventTypes.All) options.Events.MapEventType(type.Type, type.StoredName);
        // Events stored in an earlier shape, under an earlier name (EventType.EarlierNames), are read as the class is now.
        options.Events.Upcast(new MeetingHeldFirstShape());

        options.Projections.Add(new DocumentProjection(), ProjectionLifecycle.Live);
        options.Projections.Add(views.Named(new DocumentSummaryProjection()), views.Lifecycle);
    }
}
