using JasperFx.Events.Projections;

namespace BaliTimeline.EventStore.Rebuilds;

/// <summary>
/// Where a store keeps the views (the fact ledger and the stream summaries) and what keeps them. The live views sit
/// beside the events and every append writes them in its own transaction. The shadow copy a rebuild makes
/// (<see cref="ViewRebuild"/>) sits in a schema of its own and is written from the event table, in bulk and then by the
/// async daemon, under projection names of its own, so its progress never mixes with what Marten's own commands
/// record for the live ones.
/// </summary>
public sealed record ViewPlacement(ProjectionLifecycle Lifecycle, string SchemaSuffix, string NameSuffix)
{
    /// <summary>
    /// The views' version: raise it with any change to what a view projection writes. A copy left by a rebuild of
    /// another version has no checkpoint under this version's names, so a rebuild starts it afresh instead of resuming
    /// a copy built partly by other code. (2: the ledger's meetings carry their country, from MeetingHeld's second shape;
    /// 3: every ledger row carries the first day of its fact's date.)
    /// </summary>
    public const int Version = 3;

    public static ViewPlacement Live { get; } = new(ProjectionLifecycle.Inline, "", "");

    public static ViewPlacement Shadow { get; } = new(ProjectionLifecycle.Async, "_rebuild", $"RebuildV{Version}");

    /// <summary>The schema of the views of the store whose events are in <paramref name="eventSchema"/>.</summary>
    public string SchemaFor(string eventSchema) => eventSchema + SchemaSuffix;

    /// <summary>The projection under its name in this placement.</summary>
    public T Named<T>(T projection) where T : ProjectionBase
    {
        projection.Name += NameSuffix;
        return projection;
    }
}
