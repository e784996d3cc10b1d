using System.Text.RegularExpressions;
using BaliTimeline.Facts;
using BaliTimeline.Extraction.Names;
using BaliTimeline.Extraction.Text;

namespace BaliTimeline.Extraction.Rules;

/// <summary>
/// The meetings of one document, each gathered from all its mentions: one fact stated several times is one fact.
/// Two mentions are one meeting when they name the same body's same numbered meeting, the same name, the same
/// body's meeting on the same dates, or when one only says "the Working Group met" and the document has just one
/// such meeting of that body. The meeting the front matter reports takes the first prose mention that fits it.
/// </summary>
public sealed partial class MeetingBook(ExtractionContext context)
{
    private static readonly HashSet<string> OneOff = ["workshop", "roundtable", "dialogue", "symposium", "seminar", "webinar", "course", "briefing", "exercise", "session", "gathering", "summit", "retreat", "forum", "training"];

    private readonly List<MeetingCandidate> all = [];
    private readonly Dictionary<Sentence, List<(int Start, int End, MeetingCandidate Meeting)>> mentions = new(ReferenceEqualityComparer.Instance);

    public MeetingCandidate? Reported { get; private set; }

    /// <summary>
    /// The meeting the document is about: the one its front matter reports, else one its first sentence of prose
    /// reports on a stated day ("On 26 May 2017, the Working Group met for the third time").
    /// </summary>
    public MeetingCandidate? Principal => Reported ?? opening;

    private MeetingCandidate? opening;

    public IReadOnlyList<MeetingCandidate> All => all;

    /// <summary>The meetings mentioned in a sentence, with where.</summary>
    public IReadOnlyList<(int Start, int End, MeetingCandidate Meeting)> In(Sentence sentence) =>
        mentions.TryGetValue(sentence, out var list) ? list : [];

    /// <summary>The meetings mentioned in one block of text (a paragraph, an entry, a row), in reading order.</summary>
    public IEnumerable<MeetingCandidate> InBlock(int block) =>
        mentions.Where(m => m.Key.Block == block).OrderBy(m => m.Key.Start).SelectMany(m => m.Value.Select(v => v.Meeting));

    public MeetingCandidate Report(MeetingReading reading)
    {
        Reported = Add(reading, reported: true);
        return Reported;
    }

    /// <summary>Adds a mention's reading; one <paramref name="introduced"/> ("a workshop", "last year's workshop") is not the reported meeting said again.</summary>
    public MeetingCandidate Add(MeetingReading reading, bool reported = false, bool introduced = false)
    {
        var match = reported ? null
            : all.FirstOrDefault(c => reading.Ordinal is not null && c.Ordinal == reading.Ordinal && c.Body is not null && c.Body == reading.Body && c.Series == reading.Series)
            ?? all.FirstOrDefault(c => reading.Ordinal is not null && c.Ordinal == reading.Ordinal && c.Series == reading.Series && reading.Series != "meeting"
                && (c.Body is null || reading.Body is null))
            ?? all.FirstOrDefault(c => reading.Named && c.Named && SameName(c.Name, reading.Name) && Compatible(c, reading))
            ?? (Reported is { } r && !introduced && Fits(r, reading) ? r : null)
            ?? all.FirstOrDefault(c => reading.Body is not null && c.Body == reading.Body && c.Series == reading.Series && reading.DateRank >= 3 && c.DateRank >= 3
                && c.Date!.Equals(reading.Date) && Compatible(c, reading))
            // "Webinar: Deceptive Online Recruitment ..." and "A webinar on deceptive online recruitment took place on 28 April".
            // Two of one sentence ("the coordination and preparatory meetings held on 26 and 27 March") are two.
            ?? all.FirstOrDefault(c => c.Head == reading.Head && c.DateRank >= 5 && reading.DateRank >= 5 && c.Date!.Equals(reading.Date) && Compatible(c, reading)
                && In(reading.Sentence).All(x => x.Meeting != c))
            ?? (reading.Ordinal is null && !reading.Named && reading.DateRank < 3 && reading.Body is not null && !introduced
                ? all.LastOrDefault(c => c.Body == reading.Body && c.Series == reading.Series && Compatible(c, reading))
                : null)
            // "Following the Money in Trafficking in Persons Workshop" (a heading) and "the Consultation Workshop on the
            // Policy Guide on Following the Money ..." (dated): names of one kind that share their words, one of them undated.
            ?? (reading.Named ? all.FirstOrDefault(c => c.Named && c.Head == reading.Head && (c.DateRank < 3 || reading.DateRank < 3)
                && Similar(c.Name, reading.Name) && Compatible(c, reading)) : null);
        if (match is null)
        {
            match = new MeetingCandidate
            {
                Name = reading.Name, Named = reading.Named, Body = reading.Body, Series = reading.Series, Head = reading.Head,
                Ordinal = reading.Ordinal, Date = reading.Date, DateBasis = reading.DateBasis, DateRank = reading.DateRank,
                Location = reading.Location, Format = reading.Format, Evidence = reading.Sentence, EvidenceScore = reading.EvidenceScore,
                Reported = reported,
            };
            all.Add(match);
            if (opening is null && reading.DateRank >= 5 && context.Text.Sentences.FirstOrDefault(Documents.DocumentFrameReader.IsProse) == reading.Sentence) opening = match;
        }
        else
        {
            Merge(match, reading);
        }
        if (!mentions.TryGetValue(reading.Sentence, out var list)) mentions[reading.Sentence] = list = [];
        list.Add((reading.Start, reading.End, match));
        match.LastMentioned = ++clock;
        return match;
    }

    private readonly List<(string? Body, string Series, int? Ordinal, string Name)> notHeld = [];

    /// <summary>Records a meeting the document says is to be held, postponed or cancelled, so that a later bare mention of it is not read as held.</summary>
    public void NotHeld(string? body, string series, int? ordinal, string name) => notHeld.Add((body, series, ordinal, name));

    public bool WasNotHeld(string? body, string series, int? ordinal, string name) =>
        notHeld.Any(n => ordinal is not null && n.Ordinal == ordinal && n.Series == series && (n.Body is null || body is null || n.Body == body)
            || SameName(n.Name, name));

    /// <summary>Records that a sentence refers to a meeting already read ("The meeting was co-chaired by ..."), and what it adds.</summary>
    public void Refer(Sentence sentence, int start, int end, MeetingCandidate meeting, PartialDate? date, DateBasis basis, string? format)
    {
        meeting.Format ??= format;
        var rank = MeetingCandidate.RankOf(date, basis);
        if (rank > meeting.DateRank && meeting.Overlaps(date) && rank >= 4) (meeting.Date, meeting.DateBasis, meeting.DateRank) = (date, basis, rank);
        // "The Conference opened on 26 February" of the conference closed on 28 February: its first day widens its dates.
        else if (rank >= 5 && meeting.DateRank >= 5 && !meeting.Overlaps(date) && meeting.Near(date))
        {
            var (first, last) = (Min(meeting.Date!.Earliest, date!.Earliest), Max(meeting.Date.Latest, date.Latest));
            meeting.Date = PartialDate.Range(first, last);
        }
        if (!mentions.TryGetValue(sentence, out var list)) mentions[sentence] = list = [];
        list.Add((start, end, meeting));
        meeting.LastMentioned = ++clock;
    }

    private int clock;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    /// <summary>
    /// The meeting "the meeting", "the Conference", "the workshop" refers to: the last of its kind, else the reported
    /// one. A plain "the meeting" may stand for any kind; "the Ad Hoc Group Senior Officials' Meeting" only for a meeting.
    /// </summary>
    public MeetingCandidate? Antecedent(string head, string? body, bool plain = true)
    {
        bool Fits(MeetingCandidate c) => (body is null || c.Body == body)
            && (plain && head is "meeting" or "session" or "event" || c.Head == head || c.Series == head
                || head == "conference" && c.Body == BodyNames.MinisterialConference || head == "forum" && c.Body == BodyNames.GovernmentAndBusinessForum);
        return all.Where(Fits).MaxBy(c => c.LastMentioned) ?? (Reported is { } r && Fits(r) ? r : null);
    }

    private bool Fits(MeetingCandidate reported, MeetingReading reading) =>
        reported.Series == reading.Series && Compatible(reported, reading) && (reading.Body is not null || reading.Ordinal is not null || reported.Head == reading.Head)
        && (reported.DateRank < 3 || reading.DateRank < 3 || reported.Overlaps(reading.Date));

    private static bool Compatible(MeetingCandidate c, MeetingReading r) =>
        (c.Ordinal is null || r.Ordinal is null || c.Ordinal == r.Ordinal)
        && (c.Body is null || r.Body is null || c.Body == r.Body)
        && (c.DateRank < 3 || r.DateRank < 3 || c.Overlaps(r.Date));

    private static void Merge(MeetingCandidate c, MeetingReading r)
    {
        // A heading names a meeting in short; the sentence that tells of it, in full.
        if (r.Named && (!c.Named || c.Evidence.Kind == SentenceKind.Heading && r.Sentence.Kind != SentenceKind.Heading && r.DateRank >= 3 && (r.Name?.Length ?? 0) > (c.Name?.Length ?? 0))) (c.Name, c.Named) = (r.Name, true);
        c.Name ??= r.Name;
        c.Body ??= r.Body;
        c.Ordinal ??= r.Ordinal;
        // "Date: 14 - 16 May 2018" over the report, then "On 16 May 2018, the Working Group met": the narrower date is the meeting's.
        if (r.DateRank > c.DateRank || r.DateRank == c.DateRank && r.Date is { } narrower && c.Date is { } wider && !narrower.Equals(wider)
            && wider.Earliest <= narrower.Earliest && narrower.Latest <= wider.Latest)
        {
            (c.Date, c.DateBasis, c.DateRank) = (r.Date, r.DateBasis, r.DateRank);
        }
        c.Location ??= r.Location;
        c.Format ??= r.Format;
        if (r.EvidenceScore > c.EvidenceScore) (c.Evidence, c.EvidenceScore) = (r.Sentence, r.EvidenceScore);
    }

    private static bool SameName(string? a, string? b) => a is not null && b is not null && Key(a) == Key(b);

    /// <summary>Whether most words of the shorter name are in the longer.</summary>
    private static bool Similar(string? a, string? b)
    {
        if (a is null || b is null) return false;
        var (x, y) = (Key(a).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Minor.Contains(w)).ToHashSet(),
            Key(b).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Minor.Contains(w)).ToHashSet());
        var shorter = Math.Min(x.Count, y.Count);
        return shorter >= 3 && x.Intersect(y).Count() >= 0.75 * shorter;
    }

    private static readonly HashSet<string> Minor = ["on", "in", "and", "for", "to", "with", "at", "by"];

    private static string Key(string name) => NameNoise().Replace(name.ToLowerInvariant(), " ").Trim();

    [GeneratedRegex(@"\b(?:the|bali|process|of|a|an|(?:19|20)\d\d)\b|[^a-z0-9]+")]
    private static partial Regex NameNoise();

    /// <summary>The facts: every meeting read, in the order of its evidence; a meeting with no date of its own is bounded by the document's.</summary>
    public IEnumerable<MeetingHeld> Facts()
    {
        foreach (var c in all)
        {
            // A one-off event (a dialogue, a workshop) named with neither a date nor a number is no meeting to place, unless
            // the document reports a run of days it belongs to ("convened over 18-21 November for a series of events").
            if (c.Date is null && c.Ordinal is null && OneOff.Contains(c.Head) && c.Body != BodyNames.GovernmentAndBusinessForum)
            {
                if (Principal is { Date: { Precision: DatePrecision.Range } days, DateRank: >= 3 } principal && principal != c)
                {
                    yield return Meeting(c.Name, c.Body, c.Ordinal, days, DateBasis.Meeting, c.Location ?? principal.Location, c.Format, context.Evidence(c.Evidence));
                }
                else
                {
                    context.Skip(MeetingRule.Name, $"'{c.Name}' is a one-off event named with neither a date nor a number", c.Evidence);
                }
                continue;
            }
            var (date, basis) = c.Date is not null ? (c.Date, c.DateBasis)
                : context.Bound is { } bound ? (bound.Date, bound.Basis)
                : ((PartialDate?)null, DateBasis.NotStated);
            yield return Meeting(c.Name, c.Body, c.Ordinal, date, basis, c.Location, c.Format, context.Evidence(c.Evidence));
        }
    }

    private static MeetingHeld Meeting(string? name, string? body, int? ordinal, PartialDate? date, DateBasis basis, string? location, string? format, Evidence evidence) =>
        new(name, body, ordinal, date, basis, location, Places.CountryOf(location), format, evidence);
}
