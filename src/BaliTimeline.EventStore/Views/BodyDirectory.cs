using BaliTimeline.EventStore.Ledger;
using BaliTimeline.Extraction.Names;

namespace BaliTimeline.EventStore.Views;

/// <summary>The Bali Process's bodies: canonical name, the aliases the documents use, and how many recorded facts name each.</summary>
public static class BodyDirectory
{
    public static FactScope Scope { get; } = FactScope.Of(typeof(MeetingHeld), typeof(CoChairChanged), typeof(WorkPlanAdopted), typeof(WorkPlanStatusNoted));

    public static IReadOnlyList<BodyEntry> Answer(IEnumerable<FactRecord> facts)
    {
        var counts = facts.Select(r => r.Body).Where(b => b is not null).GroupBy(b => b!).ToDictionary(g => g.Key, g => g.Count());
        return BodyNames.Table.Entries
            .Select(e => new BodyEntry(e.Canonical, e.Aliases, counts.GetValueOrDefault(e.Canonical)))
            .ToArray();
    }

    /// <summary>A body as a user writes it (any alias, any case), in its canonical name; null when unknown.</summary>
    public static string? Find(string written) => BodyNames.Table.Canonicalise(written.Trim());
}
