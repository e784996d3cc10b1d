namespace BaliTimeline.EventStore.Rebuilds;

/// <summary>
/// The live views beside their rebuilt copy, both at the same event sequence: every row in which they differ, and how
/// long appends were held for the last of the comparison (and the switch), step by step.
/// </summary>
public sealed record ViewComparison(long Sequence, IReadOnlyList<ViewDifference> Differences, IReadOnlyList<HeldStep> HeldSteps)
{
    public bool Same => Differences.Count == 0;

    public TimeSpan AppendsHeld => HeldSteps.Aggregate(TimeSpan.Zero, (sum, step) => sum + step.Took);
}
