namespace BaliTimeline.EventStore.Rebuilds;

/// <summary>The live views beside their rebuilt copy, both at the same event sequence: every row in which they differ.</summary>
public sealed record ViewComparison(long Sequence, IReadOnlyList<ViewDifference> Differences)
{
    public bool Same => Differences.Count == 0;
}
