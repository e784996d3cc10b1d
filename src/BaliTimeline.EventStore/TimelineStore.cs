using BaliTimeline.EventStore.Documents;
using BaliTimeline.EventStore.Ledger;
using BaliTimeline.EventStore.Rebuilds;
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

    public static void Configure(StoreOptions options, string connectionString, string schema = DefaultSchema) =>
        Configure(options, connectionString, schema, ViewPlacement.Live);

    /// <summary>
    /// The store that builds a copy of the views beside the live ones (<see cref="ViewRebuild"/>): the same events, its
    /// views in a schema of their own, kept by the daemon.
    /// </summary>
    public static DocumentStore CreateShadow(string connectionString, string schema = DefaultSchema) =>
        DocumentStore.For(options => Configure(options, connectionString, schema, ViewPlacement.Shadow));

    private static void Configure(StoreOptions options, string connectionString, string schema, ViewPlacement views)
    {
        options.Connection(connectionString);
        options.DatabaseSchemaName = views.SchemaFor(schema);
        options.Events.DatabaseSchemaName = schema;
        // jsonb reorders object keys, so a stored fact's "type" discriminator is not always its first property.
        options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase, json => json.AllowOutOfOrderMetadataProperties = true);
        // A shadow store's daemon is run by its rebuild, not by a host (which is what Marten would warn of on stdout).
        if (views == ViewPlacement.Shadow) options.Projections.AsyncMode = JasperFx.Events.Daemon.DaemonMode.ExternallyManaged;
        DocumentStreams.Configure(options, views);
        FactLedger.Configure(options, views);
    }

    public static DocumentStore Create(string connectionString, string schema = DefaultSchema) =>
        DocumentStore.For(options => Configure(options, connectionString, schema));
}
