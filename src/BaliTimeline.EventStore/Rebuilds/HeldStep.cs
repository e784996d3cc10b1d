namespace BaliTimeline.EventStore.Rebuilds;

/// <summary>One step of a rebuild's finish while appends were held (catch-up, daemon stop, comparison, switch, commit), and how long it took.</summary>
public sealed record HeldStep(string Step, TimeSpan Took)
{
    public override string ToString() => $"{Step} {Took.TotalMilliseconds:N0} ms";
}
