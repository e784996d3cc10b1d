using BaliTimeline.Extraction.Facts;
using BaliTimeline.Timeline.Ledger;
using BaliTimeline.Timeline.Queries;
using BaliTimeline.Timeline.Time;

namespace BaliTimeline.Timeline.Guides;

/// <summary>
/// The register of guides and other products as of a valid-time day: each guide's status then, since when, how
/// certain, and every status the documents noted up to that day with its source. Endorsement, once reached,
/// is the status; later notes (an update planned) stay in the history. Pure: facts in, answer out.
/// </summary>
public static class GuideRegister
{
    public static IReadOnlyList<GuideEntry> Answer(IEnumerable<FactRecord> facts, DateOnly asOf)
    {
        var notes = facts.Select(Note).Where(n => n is not null).Select(n => n!.Value)
            .Select(n => (n.Guide, n.Change, Certainty: ValidTime.At(n.Change.Source.Date, asOf)))
            .Where(n => n.Certainty is not null)
            .ToArray();
        return notes
            .GroupBy(n => n.Guide, StringComparer.Ordinal)
            .Select(g =>
            {
                var history = g.Select(n => n.Change with { Certainty = n.Certainty!.Value })
                    .OrderBy(c => c.Source.Date, ValidTime.Order)
                    .ThenBy(c => Rank(c.Status)).ThenBy(c => c.Source.Document, StringComparer.Ordinal).ThenBy(c => c.Source.Start)
                    .ToArray();
                var current = history.FirstOrDefault(c => c.Status == GuideState.Endorsed && c.Certainty == Certainty.Certain)
                    ?? history.FirstOrDefault(c => c.Status == GuideState.Endorsed)
                    ?? history.Last();
                return new GuideEntry(g.Key, current.Status, current.Source.Date, current.Certainty, current.EndorsedBy, history);
            })
            .OrderBy(e => e.Guide, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>Guides endorsed as of the day, certainly or possibly, with the endorsement's evidence.</summary>
    public static IReadOnlyList<GuideEntry> Endorsed(IEnumerable<FactRecord> facts, DateOnly asOf) =>
        Answer(facts, asOf).Where(e => e.Status == GuideState.Endorsed).ToArray();

    private static (string Guide, GuideStatusChange Change)? Note(FactRecord record) => record.Fact switch
    {
        GuideEndorsed e => (e.Guide, new GuideStatusChange(GuideState.Endorsed, Certainty.Certain, e.EndorsedBy, Source.Of(record, e.Date, e.DateBasis))),
        GuideStatusNoted n => (n.Guide, new GuideStatusChange(State(n.Status), Certainty.Certain, null, Source.Of(record, n.Date, n.DateBasis))),
        _ => null,
    };

    private static GuideState State(GuideStatus status) => status switch
    {
        GuideStatus.Draft => GuideState.Draft,
        GuideStatus.Completed => GuideState.Completed,
        GuideStatus.EndorsementPending => GuideState.EndorsementPending,
        _ => GuideState.UpdatePlanned,
    };

    // When two notes carry the same date, the one further along the guide's life comes last.
    private static int Rank(GuideState state) => (int)state;
}
