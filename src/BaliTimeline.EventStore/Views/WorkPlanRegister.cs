using BaliTimeline.EventStore.Ledger;

namespace BaliTimeline.EventStore.Views;

/// <summary>
/// Forward work plans per body as of a valid-time day. A plan is adopted once an adoption is dated by then;
/// before that its status is the latest one noted (a draft). The plan in force is the adopted plan whose years
/// include the day's year (the latest-starting one if several). Pure.
/// </summary>
public static class WorkPlanRegister
{
    public static FactScope Scope(DateOnly asOf) => FactScope.Of(typeof(WorkPlanAdopted), typeof(WorkPlanStatusNoted)).AsOf(asOf);

    public static IReadOnlyList<BodyWorkPlans> Answer(IEnumerable<FactRecord> facts, DateOnly asOf) =>
        facts.Select(Note).Where(n => n is not null).Select(n => n!.Value)
            .GroupBy(n => n.Body, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(body =>
            {
                var plans = body.GroupBy(n => n.Years).OrderBy(g => g.Key.First).ThenBy(g => g.Key.Last)
                    .Select(plan => (plan.Key, History: StatusHistory.Of(plan.Select(n => (n.Status, n.At, n.Source)), asOf)))
                    .Where(plan => plan.History.Count > 0)
                    .Select(plan =>
                    {
                        var current = StatusHistory.Current(plan.History, WorkPlanStatus.Adopted);
                        return new WorkPlanEntry(plan.Key.First, plan.Key.Last, current.Status, current.Date, current.Certainty, current.At, plan.History);
                    })
                    .ToArray();
                var inForce = plans.Where(p => p.Status == WorkPlanStatus.Adopted && p.FirstYear <= asOf.Year && asOf.Year <= p.LastYear)
                    .OrderBy(p => p.FirstYear).LastOrDefault();
                return new BodyWorkPlans(body.Key, inForce, plans);
            })
            .Where(b => b.Plans.Count > 0)
            .ToArray();

    private static (string Body, (int First, int Last) Years, WorkPlanStatus Status, string? At, Source Source)? Note(FactRecord record) => record.Fact switch
    {
        WorkPlanAdopted { Date: { } date } a => (a.Body, (a.FirstYear, a.LastYear), WorkPlanStatus.Adopted, a.AdoptedAt, Source.Of(record.Fact.Evidence, date, a.DateBasis)),
        WorkPlanStatusNoted { Date: { } date } n => (n.Body, (n.FirstYear, n.LastYear), n.Status, null, Source.Of(record.Fact.Evidence, date, n.DateBasis)),
        _ => null,
    };

}
