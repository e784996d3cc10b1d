using BaliTimeline.EventStore.Documents;
using BaliTimeline.EventStore.Ledger;
using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Weasel.Core;

namespace BaliTimeline.EventStore;

/// <summary>The one place that configures Marten for the timeline: schema, stream identity, and the stored event names.</summary>
public static class TimelineStore
{
    public const string DefaultSchema = "bali_timeline";

    /// <summary>
    /// Where Marten (rich append mode) records a "tombstone" for every sequence number a failed append used up, so that
    /// readers of the event log never wait for a gap. It is not a document's stream.
    /// </summary>
    public const string MartenTombstoneStream = "mt_tombstone";

    public static void Configure(StoreOptions options, string connectionString, string schema = DefaultSchema)
    {
        options.Connection(connectionString);
        options.DatabaseSchemaName = schema;
        options.Events.DatabaseSchemaName = schema;
        options.Events.StreamIdentity = StreamIdentity.AsString;
        // Event ids are derived from the document and the fact; the database holds them unique, so no ingestion
        // path, however it races, can store one fact twice.
        options.Events.EnableUniqueIndexOnEventId = true;
        // Rich appends reserve sequence numbers before the inline projection runs: the fact ledger is keyed on
        // them (recorded time), and the quick mode would hand the projection sequence 0.
        options.Events.AppendMode = EventAppendMode.Rich;
        // jsonb reorders object keys, so a stored fact's "type" discriminator is not always its first property.
        options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase, json => json.AllowOutOfOrderMetadataProperties = true);
        foreach (var type in EventTypes.All) options.Events.MapEventType(type.Type, type.StoredName);

        options.Projections.Add(new DocumentProjection(), ProjectionLifecycle.Live);
        options.Projections.Add(new FactLedgerProjection(), ProjectionLifecycle.Inline);
        options.Schema.For<FactRecord>().Index(r => r.Sequence);
        options.Schema.For<FactRetraction>().Index(r => r.Sequence);
    }

    public static DocumentStore Create(string connectionString, string schema = DefaultSchema) =>
        DocumentStore.For(options => Configure(options, connectionString, schema));
}
