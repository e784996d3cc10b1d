using System.Text.RegularExpressions;
using BaliTimeline.EventStore.Ledger;

namespace BaliTimeline.EventStore.Views;

/// <summary>
/// Groups meeting reports into meetings. Taken in order, a report joins the first group formed that holds a report of
/// the same meeting (<see cref="Same"/>), or starts a group of its own. Pure.
/// </summary>
internal static partial class MeetingClusters
{
    public static IReadOnlyList<List<MeetingReport>> Of(IEnumerable<MeetingReport> reports)
    {
        var clusters = new List<List<MeetingReport>>();
        var index = new Index();
        // Reports repeat a few names many times; each name's key and numbering are worked out once.
        var names = new Dictionary<string, (string Numbering, string Key)>();
        foreach (var report in reports)
        {
            var traits = Traits.Of(report, names);
            var cluster = index.FirstHolding(traits) ?? clusters.Count;
            if (cluster == clusters.Count) clusters.Add([]);
            clusters[cluster].Add(report);
            index.Add(traits, cluster);
        }
        return clusters;
    }

    /// <summary>Whether two reports are of one meeting: the body's same numbered meeting of the same kind, or the same name on agreeing dates.</summary>
    private static bool Same(Traits a, Traits b)
    {
        if (a.Body is not null && a.Body == b.Body && a.Ordinal is not null && a.Ordinal == b.Ordinal) return a.Numbering == b.Numbering;
        if (a.Ordinal is not null && b.Ordinal is not null && a.Ordinal != b.Ordinal) return false;
        return a.NameKey is not null && a.NameKey == b.NameKey && Agree(a.Date, b.Date);
    }

    private static bool Agree(PartialDate a, PartialDate b) =>
        a.Earliest <= b.Latest && b.Earliest <= a.Latest;

    /// <summary>All <see cref="Same"/> reads of a report: its body, ordinal, numbering's kind, name's key and date.</summary>
    private sealed record Traits(string? Body, int? Ordinal, string Numbering, string? NameKey, PartialDate Date)
    {
        /// <summary>The body's numbered meeting of its kind: every report that shares it is <see cref="Same"/>.</summary>
        public (string Body, int Ordinal, string Numbering)? Numbered => Body is not null && Ordinal is not null ? (Body, Ordinal.Value, Numbering) : null;

        public static Traits Of(MeetingReport m, Dictionary<string, (string Numbering, string Key)> names)
        {
            if (m.Name is null) return new(m.Body, m.Ordinal, Kind(null), null, m.Date);
            if (!names.TryGetValue(m.Name, out var name)) names[m.Name] = name = (Kind(m.Name), Key(m.Name));
            return new(m.Body, m.Ordinal, name.Numbering, name.Key, m.Date);
        }
    }

    /// <summary>
    /// The first group holding each traits seen, found by what <see cref="Same"/> needs in common: the numbered meeting,
    /// or the name and a month the dates share. The group a report joins is the first that holds traits the same as
    /// its own, so this finds it as a search through every report of every group would. A report is compared with the
    /// distinct traits of its name in its date's months (for an "on or before" date, of its name), in group order and
    /// only up to the first match: not with every report of every group, as the search would.
    /// </summary>
    private sealed class Index
    {
        private readonly Dictionary<(string Body, int Ordinal, string Numbering), int> numbered = [];
        private readonly Dictionary<Traits, int> firstWith = [];
        private readonly Dictionary<string, Named> named = [];

        public int? FirstHolding(Traits traits)
        {
            var first = traits.Numbered is { } key && numbered.TryGetValue(key, out var group) ? group : int.MaxValue;
            if (traits.NameKey is { } name && named.TryGetValue(name, out var sharing))
            {
                if (traits.Date.Earliest == DateOnly.MinValue) Scan(sharing.All);
                else
                {
                    Scan(sharing.Unbounded);
                    foreach (var month in Named.Months(traits.Date)) Scan(sharing.In(month));
                }
            }
            return first == int.MaxValue ? null : first;

            // Each list is in the order of the first group holding its traits: after one that is not before the first
            // found, none is.
            void Scan(List<Held> candidates)
            {
                foreach (var other in candidates)
                {
                    if (other.First >= first) return;
                    if (Same(other.Traits, traits)) first = other.First;
                }
            }
        }

        public void Add(Traits traits, int cluster)
        {
            if (traits.Numbered is { } key && cluster < numbered.GetValueOrDefault(key, int.MaxValue)) numbered[key] = cluster;
            if (traits.NameKey is not { } name || cluster >= firstWith.GetValueOrDefault(traits, int.MaxValue)) return;
            // Traits already held by a later group are listed again with this one; the earlier listing comes first.
            firstWith[traits] = cluster;
            (named.TryGetValue(name, out var sharing) ? sharing : named[name] = new Named()).Add(new Held(traits, cluster));
        }
    }

    /// <summary>Traits, and the first group that holds them.</summary>
    private sealed record Held(Traits Traits, int First);

    /// <summary>
    /// The traits of one name, by the months their dates span, each list in the order of the first group holding them.
    /// An "on or before" date has no first month: it is kept apart, and such a report is compared with every traits of
    /// its name.
    /// </summary>
    private sealed class Named
    {
        private static readonly Comparer<Held> ByFirst = Comparer<Held>.Create((a, b) => a.First.CompareTo(b.First));
        private static readonly List<Held> None = [];
        private readonly Dictionary<int, List<Held>> byMonth = [];

        /// <summary>Every traits of the name: those an "on or before" date can agree with.</summary>
        public List<Held> All { get; } = [];

        /// <summary>The traits with an "on or before" date, which can agree with a date in any month before theirs.</summary>
        public List<Held> Unbounded { get; } = [];

        /// <summary>The traits whose dates span the month (<see cref="Months"/>).</summary>
        public List<Held> In(int month) => byMonth.GetValueOrDefault(month) ?? None;

        public void Add(Held held)
        {
            Insert(All, held);
            if (held.Traits.Date.Earliest == DateOnly.MinValue) Insert(Unbounded, held);
            else
                foreach (var month in Months(held.Traits.Date))
                    Insert(byMonth.TryGetValue(month, out var those) ? those : byMonth[month] = [], held);
        }

        public static IEnumerable<int> Months(PartialDate date) =>
            Enumerable.Range(Month(date.Earliest), Month(date.Latest) - Month(date.Earliest) + 1);

        private static int Month(DateOnly day) => day.Year * 12 + day.Month - 1;

        private static void Insert(List<Held> list, Held held)
        {
            var at = list.BinarySearch(held, ByFirst);
            list.Insert(at < 0 ? ~at : at, held);
        }
    }

    /// <summary>Which numbering an ordinal counts in: a body's meetings, or its periods of action, workshops, ...</summary>
    private static string Kind(string? name) => name is not null && PeriodOfAction().IsMatch(name) ? "period of action" : "meeting";

    private static string Key(string name) => Noise().Replace(name.ToLowerInvariant(), " ").Trim();

    [GeneratedRegex(@"period\s+of\s+action", RegexOptions.IgnoreCase)]
    private static partial Regex PeriodOfAction();

    [GeneratedRegex(@"\b(?:the|bali|process|of|a|an|(?:19|20)\d\d)\b|[^a-z0-9]+")]
    private static partial Regex Noise();
}
