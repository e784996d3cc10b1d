using BaliTimeline.EventStore.Documents;
using BaliTimeline.EventStore.Ledger;
using Marten;
using Weasel.Core;

namespace BaliTimeline.EventStore;

/// <summary>Marten for the timeline: the connection, the schema and the serializer; each concept registers its own events and projections.</summary>
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
        // jsonb reorders object keys, so a stored fact's "type" discriminator is not always its first property.
        options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase, json => json.AllowOutOfOrderMetadataProperties = true);
        DocumentStreams.Configure(options);
        FactLedger.Configure(options);
    }

    public static DocumentStore Create(string connectionString, string schema = DefaultSchema) =>
        DocumentStore.For(options => Configure(options, connectionString, schema));
}
