using BaliTimeline.EventStore.Ledger;

namespace BaliTimeline.EventStore.Views;

/// <summary>
/// Who co-chairs a body as of a valid-time day. Each document shows, at one date, a member's agency; ordered by that
/// date, consecutive observations of the same agency form one period. A mention that names no agency (a country, a
/// minister by title) confirms the open period and never replaces a known agency. A member's seat as of the day is its
/// last period begun by then; "since" is that period's first observation. An undated observation cannot be placed in
/// valid time and plays no part; nor does the order of ingestion. Pure.
/// </summary>
public static class CoChairRegister
{
    public static FactScope Scope(string body, DateOnly asOf) => FactScope.Of(typeof(CoChairChanged)).About(body).AsOf(asOf);

    public static CoChairs Answer(IEnumerable<FactRecord> facts, string body, DateOnly asOf)
    {
        var periods = facts
            .Select(r => (Record: r, Fact: r.Fact as CoChairChanged))
            .Where(x => x.Fact is { EffectiveFrom: { } from } f && f.Body == body && ValidTime.At(from, asOf) is not null)
            .GroupBy(x => x.Fact!.Member, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .SelectMany(g => Periods(g.Select(x => (x.Fact!, Source.Of(x.Record.Fact.Evidence, x.Fact!.EffectiveFrom!, x.Fact!.DateBasis)))))
            .ToArray();
        var seats = periods.GroupBy(p => p.Member).Select(g => g.Last())
            .Select(p => new CoChairSeat(p.Member, p.Agency, p.From, ValidTime.At(p.From, asOf)!.Value, p.Sources))
            .ToArray();
        return new CoChairs(body, seats, periods);
    }

    private static IEnumerable<CoChairPeriod> Periods(IEnumerable<(CoChairChanged Fact, Source Source)> observations)
    {
        CoChairPeriod? open = null;
        foreach (var (fact, source) in observations
                     .OrderBy(o => o.Source.Date, ValidTime.Order)
                     .ThenBy(o => o.Source.Document, StringComparer.Ordinal).ThenBy(o => o.Source.Start))
        {
            if (open is not null && (open.Agency == fact.Agency || fact.Agency is null))
            {
                open = open with { LastSeen = source.Date, Sources = [.. open.Sources, source] };
                continue;
            }
            if (open is not null) yield return open;
            open = new CoChairPeriod(fact.Member, fact.Agency, source.Date, source.Date, [source]);
        }
        if (open is not null) yield return open;
    }
}
