namespace BaliTimeline.EventStore.Ledger;

/// <summary>
/// The facts a question reads: their kinds, and for a question about one body, that body. A view's answer depends only
/// on the facts in its scope, so the ledger returns those rows alone, by index, instead of every fact in the store.
/// </summary>
public sealed record FactScope(IReadOnlyList<string> Kinds, string? Body = null)
{
    public static FactScope Of(params Type[] facts) => new(facts.Select(f => EventTypes.Of(f).Kind).ToArray());

    public FactScope About(string body) => this with { Body = body };
}
