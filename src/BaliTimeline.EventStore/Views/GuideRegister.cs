using BaliTimeline.EventStore.Ledger;

namespace BaliTimeline.EventStore.Views;

/// <summary>
/// The register of guides and other products as of a valid-time day: each guide's status then, since when, how
/// certain, and every status the documents noted up to that day with their sources. Endorsement, once reached,
/// is the status; later notes (a launch, a publication) stay in the history. Pure: facts in, answer out.
/// </summary>
public static class GuideRegister
{
    public static FactScope Scope(DateOnly asOf) => FactScope.Of(typeof(GuideEndorsed), typeof(GuideStatusNoted)).AsOf(asOf);

    public static IReadOnlyList<GuideEntry> Answer(IEnumerable<FactRecord> facts, DateOnly asOf) =>
        facts.Select(Note).Where(n => n is not null).Select(n => n!.Value)
            .GroupBy(n => n.Guide, StringComparer.Ordinal)
            .Select(g => (Guide: g.Key, History: StatusHistory.Of(g.Select(n => (n.Status, n.By, n.Source)), asOf)))
            .Where(g => g.History.Count > 0)
            .Select(g =>
            {
                var current = StatusHistory.Current(g.History, GuideStatus.Endorsed);
                return new GuideEntry(g.Guide, current.Status, current.Date, current.Certainty, current.At, g.History);
            })
            .OrderBy(e => e.Guide, StringComparer.Ordinal)
            .ToArray();

    /// <summary>Guides endorsed as of the day, certainly or possibly, with the endorsement's evidence.</summary>
    public static IReadOnlyList<GuideEntry> Endorsed(IEnumerable<FactRecord> facts, DateOnly asOf) =>
        Answer(facts, asOf).Where(e => e.Status == GuideStatus.Endorsed).ToArray();

    private static (string Guide, GuideStatus Status, string? By, Source Source)? Note(FactRecord record) => record.Fact switch
    {
        GuideEndorsed { Date: { } date } e => (e.Guide, GuideStatus.Endorsed, e.EndorsedBy, Source.Of(record.Fact.Evidence, date, e.DateBasis)),
        GuideStatusNoted { Date: { } date } n => (n.Guide, n.Status, null, Source.Of(record.Fact.Evidence, date, n.DateBasis)),
        _ => null,
    };

}
