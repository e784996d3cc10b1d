using BaliTimeline.Facts;

namespace BaliTimeline.Extraction.Tests;

/// <summary>Facts as one line each, everything but the evidence, so a test can assert a document's whole reading at once.</summary>
public static class Summaries
{
    public static string Of(Fact fact) => fact switch
    {
        MeetingHeld m => $"MeetingHeld {m.Body ?? "-"} #{m.Ordinal?.ToString() ?? "-"} '{m.Name ?? "-"}' {m.Date?.ToString() ?? "-"} {m.DateBasis} at {m.Location ?? "-"} {m.Format ?? "-"}",
        CoChairChanged c => $"CoChairChanged {c.Body}: {c.Member} = {c.Agency ?? "-"} from {c.EffectiveFrom?.ToString() ?? "-"} {c.DateBasis}",
        GuideEndorsed g => $"GuideEndorsed {g.Guide} by {g.EndorsedBy ?? "-"} {g.Date?.ToString() ?? "-"} {g.DateBasis}",
        GuideStatusNoted g => $"GuideStatusNoted {g.Guide} {g.Status} {g.Date?.ToString() ?? "-"} {g.DateBasis}",
        WorkPlanAdopted w => $"WorkPlanAdopted {w.Body} {w.FirstYear}-{w.LastYear} at {w.AdoptedAt ?? "-"} {w.Date?.ToString() ?? "-"} {w.DateBasis}",
        WorkPlanStatusNoted w => $"WorkPlanStatusNoted {w.Body} {w.FirstYear}-{w.LastYear} {w.Status} {w.Date?.ToString() ?? "-"} {w.DateBasis}",
        _ => throw new ArgumentOutOfRangeException(nameof(fact), fact.GetType().Name),
    };

    public static string[] Of(IEnumerable<Fact> facts) => facts.Select(Of).ToArray();
}
