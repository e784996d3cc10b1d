using System.Text.RegularExpressions;
using BaliTimeline.EventStore.Ledger;

namespace BaliTimeline.EventStore.Views;

/// <summary>
/// Meetings from every document as one timeline, in valid-time order, between two days (a meeting whose dates
/// overlap the window is in it). A meeting reported by several documents is one entry with all its sources: the same
/// body's same numbered meeting, or the same name on dates that agree ("on or before 16 May 2018" agrees with
/// "16 May 2018"). The entry takes the most precise date and the fullest name any of them gives, and the place and
/// its country of the most precise report that names one. A meeting no document dates, or dates only as held on or
/// before the document's own date, cannot be placed in a window and is left out. Pure.
/// </summary>
public static partial class MeetingTimeline
{
    public static FactScope Scope { get; } = FactScope.Of(typeof(MeetingHeld));

    public static IReadOnlyList<MeetingEntry> Answer(IEnumerable<FactRecord> facts, DateOnly from, DateOnly to)
    {
        var reports = facts.Where(r => r.Fact is MeetingHeld { Date: not null })
            .Select(r => new Report(r, (MeetingHeld)r.Fact))
            .OrderBy(x => x.Meeting.Evidence.Document, StringComparer.Ordinal).ThenBy(x => x.Meeting.Evidence.Start);
        var clusters = new List<List<Report>>();
        // Two reports of one meeting share a key (MatchKeys), so a report is compared only with the clusters holding
        // one of its keys, in the order they were formed: the cluster found is the first of all that has a report of
        // the same meeting, as a search through every cluster would find, without its cost growing with their number.
        var clustersByKey = new Dictionary<string, SortedSet<int>>();
        foreach (var report in reports)
        {
            var keys = MatchKeys(report);
            var found = keys.SelectMany(k => clustersByKey.GetValueOrDefault(k) ?? []).Distinct().Order()
                .Cast<int?>().FirstOrDefault(i => clusters[i!.Value].Any(other => Same(other, report)));
            if (found is null) clusters.Add([report]);
            else clusters[found.Value].Add(report);
            var index = found ?? clusters.Count - 1;
            foreach (var key in keys) (clustersByKey.TryGetValue(key, out var holding) ? holding : clustersByKey[key] = []).Add(index);
        }
        return clusters
            .Select(c =>
            {
                var best = c.OrderByDescending(x => Precision(x.Meeting.Date!)).ThenByDescending(x => x.Meeting.Name?.Length ?? 0).First().Meeting;
                var named = c.Select(x => x.Meeting).Where(m => m.Name is not null).MaxBy(m => m.Name!.Length);
                return new MeetingEntry(named?.Name ?? best.Name, best.Body ?? c.Select(x => x.Meeting.Body).FirstOrDefault(b => b is not null),
                    best.Ordinal ?? c.Select(x => x.Meeting.Ordinal).FirstOrDefault(o => o is not null), best.Date!,
                    best.Location ?? c.Select(x => x.Meeting.Location).FirstOrDefault(l => l is not null),
                    best.Country ?? c.Select(x => x.Meeting.Country).FirstOrDefault(l => l is not null),
                    best.Format ?? c.Select(x => x.Meeting.Format).FirstOrDefault(f => f is not null),
                    c.Select(x => Source.Of(x.Record.Fact.Evidence, x.Meeting.Date!, x.Meeting.DateBasis)).ToArray());
            })
            .Where(e => e.Date.Precision != DatePrecision.NotAfter && e.Date.Latest >= from && e.Date.Earliest <= to)
            .OrderBy(e => e.Date, ValidTime.Order)
            .ThenBy(e => e.Body ?? "", StringComparer.Ordinal).ThenBy(e => e.Name ?? "", StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>Whether two reports are of one meeting: the body's same numbered meeting of the same kind, or the same name on agreeing dates.</summary>
    private static bool Same(Report a, Report b)
    {
        var (x, y) = (a.Meeting, b.Meeting);
        if (x.Body is not null && x.Body == y.Body && x.Ordinal is not null && x.Ordinal == y.Ordinal) return a.Numbering == b.Numbering;
        if (x.Ordinal is not null && y.Ordinal is not null && x.Ordinal != y.Ordinal) return false;
        return a.NameKey is not null && a.NameKey == b.NameKey && Agree(x.Date!, y.Date!);
    }

    /// <summary>What two reports <see cref="Same"/> takes for one meeting have in common: the body's numbered meeting of its kind, or the name.</summary>
    private static string[] MatchKeys(Report r) =>
    [
        .. r.Meeting.Body is not null && r.Meeting.Ordinal is not null ? [$"numbered:{r.Meeting.Body}|{r.Meeting.Ordinal}|{r.Numbering}"] : Array.Empty<string>(),
        .. r.NameKey is not null ? [$"named:{r.NameKey}"] : Array.Empty<string>(),
    ];

    /// <summary>A meeting report with what comparing it takes, worked out once: its numbering's kind and its name's key.</summary>
    private sealed record Report(FactRecord Record, MeetingHeld Meeting)
    {
        public string Numbering { get; } = Kind(Meeting.Name);

        public string? NameKey { get; } = Meeting.Name is null ? null : Key(Meeting.Name);
    }

    private static bool Agree(PartialDate a, PartialDate b) =>
        a.Earliest <= b.Latest && b.Earliest <= a.Latest;

    /// <summary>Which numbering an ordinal counts in: a body's meetings, or its periods of action, workshops, ...</summary>
    private static string Kind(string? name) => name is not null && PeriodOfAction().IsMatch(name) ? "period of action" : "meeting";

    private static string Key(string name) => Noise().Replace(name.ToLowerInvariant(), " ").Trim();

    private static int Precision(PartialDate date) => date.Precision switch
    {
        DatePrecision.Day => 5,
        DatePrecision.Range => 4,
        DatePrecision.Month => 3,
        DatePrecision.Year => 2,
        _ => 1,
    };

    [GeneratedRegex(@"period\s+of\s+action", RegexOptions.IgnoreCase)]
    private static partial Regex PeriodOfAction();

    [GeneratedRegex(@"\b(?:the|bali|process|of|a|an|(?:19|20)\d\d)\b|[^a-z0-9]+")]
    private static partial Regex Noise();
}
