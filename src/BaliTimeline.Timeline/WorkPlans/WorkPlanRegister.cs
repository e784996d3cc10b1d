using BaliTimeline.Extraction.Facts;
using BaliTimeline.Extraction.Time;
using BaliTimeline.Timeline.Ledger;
using BaliTimeline.Timeline.Queries;
using BaliTimeline.Timeline.Time;

namespace BaliTimeline.Timeline.WorkPlans;

/// <summary>
/// Forward work plans per body as of a valid-time day. A plan is adopted once an adoption is dated by then;
/// before that its status is the latest one noted (draft, endorsement pending, reviewed). The plan in force is
/// the adopted plan whose years include the day's year (the latest-starting one if several). Pure.
/// </summary>
public static class WorkPlanRegister
{
    public static IReadOnlyList<BodyWorkPlans> Answer(IEnumerable<FactRecord> facts, DateOnly asOf)
    {
        var notes = facts.Select(Note).Where(n => n is not null).Select(n => n!.Value)
            .Select(n => (n.Body, n.Years, n.Change, Certainty: ValidTime.At(n.Change.Source.Date, asOf)))
            .Where(n => n.Certainty is not null)
            .Select(n => (n.Body, n.Years, Change: n.Change with { Certainty = n.Certainty!.Value }))
            .ToArray();
        return notes
            .GroupBy(n => n.Body, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(body =>
            {
                var plans = body.GroupBy(n => n.Years).OrderBy(g => g.Key.First).ThenBy(g => g.Key.Last)
                    .Select(plan =>
                    {
                        var history = plan.Select(n => n.Change)
                            .OrderBy(c => c.Source.Date, ValidTime.Order).ThenBy(c => c.Source.Document, StringComparer.Ordinal).ThenBy(c => c.Source.Start)
                            .ToArray();
                        var current = history.FirstOrDefault(c => c.Status == WorkPlanState.Adopted && c.Certainty == Certainty.Certain)
                            ?? history.FirstOrDefault(c => c.Status == WorkPlanState.Adopted)
                            ?? history.Last();
                        return new WorkPlanEntry(plan.Key.First, plan.Key.Last, current.Status, current.Source.Date, current.Certainty, current.AdoptedAt, history);
                    })
                    .ToArray();
                var inForce = plans.Where(p => p.Status == WorkPlanState.Adopted && p.FirstYear <= asOf.Year && asOf.Year <= p.LastYear)
                    .OrderBy(p => p.FirstYear).LastOrDefault();
                return new BodyWorkPlans(body.Key, inForce, plans);
            })
            .ToArray();
    }

    private static (string Body, (int First, int Last) Years, WorkPlanStatusChange Change)? Note(FactRecord record) => record.Fact switch
    {
        WorkPlanAdopted a => (a.Body, (a.FirstYear, a.LastYear), new WorkPlanStatusChange(WorkPlanState.Adopted, Certainty.Certain, a.AdoptedAt, Source.Of(record, a.Date, a.DateBasis))),
        WorkPlanStatusNoted n => (n.Body, (n.FirstYear, n.LastYear), new WorkPlanStatusChange(State(n.Status), Certainty.Certain, null, Source.Of(record, n.Date, n.DateBasis))),
        _ => null,
    };

    private static WorkPlanState State(WorkPlanStatus status) => status switch
    {
        WorkPlanStatus.Draft => WorkPlanState.Draft,
        WorkPlanStatus.EndorsementPending => WorkPlanState.EndorsementPending,
        _ => WorkPlanState.Reviewed,
    };
}
