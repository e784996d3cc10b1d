namespace BaliTimeline.EventStore.Ledger;

/// <summary>
/// The facts a question reads: their kinds, for a question about one body that body, and for a view as of a day only
/// the facts that can have happened by then. A view's answer depends only on the facts in its scope, so the ledger
/// returns those rows alone, by index, instead of every fact in the store.
/// </summary>
public sealed record FactScope(IReadOnlyList<string> Kinds, string? Body = null, DateOnly? ValidBy = null)
{
    public static FactScope Of(params Type[] facts) => new(facts.Select(f => EventTypes.Of(f).Kind).ToArray());

    public FactScope About(string body) => this with { Body = body };

    /// <summary>Only facts whose date begins on or before the day: for a view that leaves the others out (<see cref="Views.ValidTime.At"/>).</summary>
    public FactScope AsOf(DateOnly day) => this with { ValidBy = day };
}
