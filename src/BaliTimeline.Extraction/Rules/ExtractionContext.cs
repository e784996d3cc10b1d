using System.Text.RegularExpressions;
using BaliTimeline.Extraction.Documents;
using BaliTimeline.Facts;
using BaliTimeline.Extraction.Names;
using BaliTimeline.Extraction.Reading;
using BaliTimeline.Extraction.Text;
using BaliTimeline.Extraction.Time;

namespace BaliTimeline.Extraction.Rules;

/// <summary>
/// What the rules know beyond the sentence in front of them: the document's frame (date, body, reported meeting),
/// the meetings read so far, the products last named, the section a sentence sits in and the subject its list
/// introduces. Dates are resolved here, with where each came from: the sentence, the document's year, a relative
/// phrase, or only a bound from the document's date.
/// </summary>
public sealed partial class ExtractionContext
{
    private readonly List<SkippedFact> skipped = [];
    // Sentences are looked up by identity: hashing a record would hash its whole text, at every lookup.
    private readonly Dictionary<Sentence, IReadOnlyList<DatedSpan>> dates = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Sentence, int> index = new(ReferenceEqualityComparer.Instance);
    private readonly Lazy<string[]> named;
    private readonly Dictionary<Sentence, (int Start, int End, string Name)[]> bodies = new(ReferenceEqualityComparer.Instance);

    public ExtractionContext(string document, DocumentText text, DocumentFrame frame)
    {
        Document = document;
        Text = text;
        Frame = frame;
        for (var i = 0; i < text.Sentences.Count; i++) index[text.Sentences[i]] = i;
        Meetings = new MeetingBook(this);
        Abbreviations = Reading.Abbreviations.Read(text.Sentences.Select(s => s.Text));
        named = new(() => text.Sentences.SelectMany(Bodies).Distinct().ToArray());
    }

    public string Document { get; }

    public DocumentText Text { get; }

    public DocumentFrame Frame { get; }

    public DocumentHeader Header => Frame.Header;

    public MeetingBook Meetings { get; }

    /// <summary>The abbreviations the document defines, to spell out in the names that use them.</summary>
    public IReadOnlyDictionary<string, string> Abbreviations { get; }

    /// <summary>The co-chairs read so far, to be dated by their meetings once every mention of those is read.</summary>
    public List<CoChairReading> CoChairs { get; } = [];

    /// <summary>The product (guide, toolkit, ...) last named, for "it"; <see cref="Products"/>, every one named so far, for "the guide", "the module".</summary>
    public string? LastProduct { get; set; }

    public List<string> Products { get; } = [];

    public IReadOnlyList<SkippedFact> Skipped => skipped;

    public Evidence Evidence(Sentence sentence) => new(Document, Text.Quote(sentence.Start, sentence.End), sentence.Start, sentence.End);

    public void Skip(string rule, string reason, Sentence sentence) => skipped.Add(new SkippedFact(rule, reason, Evidence(sentence)));

    /// <summary>The document's date as the bound of what it reports: "on or before" its last day.</summary>
    public (PartialDate Date, DateBasis Basis)? Bound =>
        Header.Date is { } date ? (date.AsNotAfter(), Header.DateSource == ValueSource.Text ? DateBasis.Document : DateBasis.Metadata) : null;

    /// <summary>The date a sentence without one of its own speaks of: the reported meeting's, else a bound from the document's.</summary>
    public (PartialDate Date, DateBasis Basis)? Reference =>
        Meetings.Principal is { Date: { } date, DateRank: > 1 } ? (date, DateBasis.Meeting) : Bound;

    public Sentence? Next(Sentence sentence) => index.TryGetValue(sentence, out var i) && i + 1 < Text.Sentences.Count ? Text.Sentences[i + 1] : null;

    public Sentence? Previous(Sentence sentence) => index.TryGetValue(sentence, out var i) && i > 0 ? Text.Sentences[i - 1] : null;

    /// <summary>
    /// How the section a sentence sits in files it ("UPCOMING", "Postponed", "Recently held"), if a heading above
    /// says: the nearest that does, over the titles and date lines of a listing's entries, up to a section heading
    /// in capitals that files nothing.
    /// </summary>
    public Modality? Section(Sentence sentence)
    {
        if (!index.TryGetValue(sentence, out var i)) return null;
        var seen = 0;
        for (var j = i - 1; j >= 0 && seen < 8; j--)
        {
            var s = Text.Sentences[j];
            if (s.Kind != SentenceKind.Heading) continue;
            seen++;
            if (Tense.OfHeading(s.Text) is { } filed) return filed;
            if (!s.Text.Any(char.IsLower)) return null;
        }
        return null;
    }

    /// <summary>"Wed 12 February 2025" on the line above an entry's title: the entry's date.</summary>
    public DatedSpan? DateLineAbove(Sentence sentence)
    {
        if (Previous(sentence) is not { } above || above.Paragraph != sentence.Paragraph || above.Block == sentence.Block) return null;
        return Dates(above).FirstOrDefault(d => d.Resolved && above.Text.Length - (d.End - d.Start) <= 16);
    }

    /// <summary>The heading a sentence sits under, if any.</summary>
    public Sentence? Heading(Sentence sentence)
    {
        if (!index.TryGetValue(sentence, out var i)) return null;
        for (var j = i - 1; j >= 0; j--)
        {
            if (Text.Sentences[j].Kind == SentenceKind.Heading) return Text.Sentences[j];
        }
        return null;
    }

    /// <summary>
    /// The body a list item is about: its own first words ("Ad Hoc Group (AHG). Created by ..."), or the body named by
    /// the line that introduces the list ("The Working Group on Trafficking in Persons:").
    /// </summary>
    public string? ListSubject(Sentence sentence)
    {
        if (!index.TryGetValue(sentence, out var i)) return null;
        var block = sentence.Block;
        var first = i;
        while (first > 0 && Text.Sentences[first - 1].Block == block) first--;
        var opening = Text.Sentences[first];
        if (opening.Kind == SentenceKind.ListItem && BodyNames.Table.FindFirst(opening.Text) is { Start: < 6 } own && own.Canonical != BodyNames.BaliProcess) return own.Canonical;
        if (opening.Kind != SentenceKind.ListItem) return null;
        for (var j = first - 1; j >= 0; j--)
        {
            var s = Text.Sentences[j];
            if (s.Text.EndsWith(':')) return Bodies(s).FirstOrDefault();
            if (s.Kind is SentenceKind.Heading or SentenceKind.Prose && s.Block != Text.Sentences[j + 1].Block) return null;
        }
        return null;
    }

    /// <summary>The line a list item's list hangs from ("... has moved between agencies:"), if the list has one.</summary>
    public Sentence? Introducer(Sentence sentence)
    {
        if (!index.TryGetValue(sentence, out var i) || sentence.Kind != SentenceKind.ListItem) return null;
        for (var j = i - 1; j >= 0; j--)
        {
            var s = Text.Sentences[j];
            if (s.Kind == SentenceKind.ListItem || s.Block == sentence.Block) continue;
            return s.Text.EndsWith(':') ? s : null;
        }
        return null;
    }

    /// <summary>The bodies a sentence names, with where, in order, the forum itself aside; read once per sentence.</summary>
    private (int Start, int End, string Name)[] BodiesIn(Sentence sentence)
    {
        if (bodies.TryGetValue(sentence, out var found)) return found;
        found = BodyNames.Table.FindAll(sentence.Text).Where(b => b.Canonical != BodyNames.BaliProcess).Select(b => (b.Start, b.End, Name: b.Canonical))
            .Concat(UnlistedBodies.Find(sentence.Text).Select(b => (b.Start, b.End, b.Name)))
            .OrderBy(b => b.Start).ToArray();
        bodies[sentence] = found;
        return found;
    }

    /// <summary>The bodies a sentence names, in order, the forum itself aside.</summary>
    public static IEnumerable<string> Bodies(Sentence sentence) =>
        BodyNames.Table.FindAll(sentence.Text).Where(b => b.Canonical != BodyNames.BaliProcess).Select(b => b.Canonical)
            .Concat(UnlistedBodies.Find(sentence.Text).Select(b => b.Name));

    /// <summary>
    /// The body "its", "their", "the Working Group" or "we" means at [at] of a sentence: the body named last before
    /// it in the sentence, else the list's subject, else the body of the meeting the sentence or document reports,
    /// else the document's.
    /// </summary>
    public string? BodyBefore(Sentence sentence, int at, string? head = null)
    {
        var named = BodiesIn(sentence).Where(b => b.End <= at).Select(b => b.Name).LastOrDefault(b => head is null || BodyReference.Fits(head, b));
        if (named is not null) return named;
        if (ListSubject(sentence) is { } subject && (head is null || BodyReference.Fits(head, subject))) return subject;
        return DocumentBody(head);
    }

    /// <summary>
    /// The body the document is about, if it is of the kind asked for: the one its front matter or reported meeting
    /// names, else the first the text names (of that kind).
    /// </summary>
    public string? DocumentBody(string? head = null)
    {
        var body = Frame.Body ?? Meetings.Reported?.Body;
        if (body is not null && (head is null || BodyReference.Fits(head, body))) return body;
        return named.Value.FirstOrDefault(b => head is null || BodyReference.Fits(head, b));
    }

    /// <summary>Every date a sentence writes, absolute or relative, resolved against the document.</summary>
    public IReadOnlyList<DatedSpan> Dates(Sentence sentence)
    {
        if (dates.TryGetValue(sentence, out var cached)) return cached;
        var text = sentence.Text;
        var found = new List<DatedSpan>();
        var relative = RelativeDates.FindAll(text, Header.Date).ToArray();
        var sameYear = SameYear().Match(text);
        foreach (var mention in DateReader.FindAll(text))
        {
            // "between late September and late October of that year", "at the end of April the following year": the year the text last gave.
            if (!mention.HasYear && sameYear.Success && sameYear.Index >= mention.End && sameYear.Index - mention.End < 40 && LastYearStated(sentence, mention.Start) is { } last)
            {
                var shift = sameYear.Groups["next"].Success ? 1 : sameYear.Groups["before"].Success ? -1 : 0;
                found.Add(new DatedSpan(mention.Start, mention.End, mention.Resolve(last + shift), DateBasis.Relative));
                continue;
            }
            // "in October last year": the relative year belongs to the date.
            if (relative.FirstOrDefault(r => r.Start >= mention.End && Adjacent().IsMatch(text[mention.End..r.Start])) is { Date.Precision: DatePrecision.Year } year
                && !mention.HasYear)
            {
                found.Add(new DatedSpan(mention.Start, year.End, mention.Resolve(year.Date.Earliest.Year), DateBasis.Relative));
                relative = relative.Where(r => r != year).ToArray();
                continue;
            }
            var (date, basis) = Resolve(sentence, mention);
            found.Add(new DatedSpan(mention.Start, mention.End, date, basis));
        }
        // A relative year alone ("last year") dates nothing precisely; a relative day or month does.
        found.AddRange(relative.Where(r => r.Date.Precision != DatePrecision.Year || !found.Any(f => !f.Resolved))
            .Select(r => new DatedSpan(r.Start, r.End, r.Date, DateBasis.Relative)));
        // "The next day, ministers met ...": a day counted from the last day the text gave.
        foreach (Match next in NextDay().Matches(text.Contains("day", StringComparison.OrdinalIgnoreCase) ? text : ""))
        {
            if (LastDay(sentence, next.Index, found) is not { } anchor) continue;
            var day = next.Groups["after"].Success ? anchor.Latest.AddDays(1) : anchor.Earliest.AddDays(-1);
            found.Add(new DatedSpan(next.Index, next.Index + next.Length, PartialDate.Day(day.Year, day.Month, day.Day), DateBasis.Relative));
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        dates[sentence] = found;
        return found;
    }

    /// <summary>The year of the last date with a year stated before [at] of a sentence, or in the sentences before it in its section.</summary>
    private int? LastYearStated(Sentence sentence, int at)
    {
        if (DateReader.FindAll(sentence.Text[..at]).LastOrDefault(d => d.HasYear) is { Year: { } here }) return here;
        var i = index[sentence];
        for (var j = i - 1; j >= Math.Max(0, i - 6) && Text.Sentences[j].Kind != SentenceKind.Heading; j--)
        {
            if (DateReader.FindAll(Text.Sentences[j].Text).LastOrDefault(d => d.HasYear) is { } before) return before.LastYear ?? before.Year;
        }
        return null;
    }

    /// <summary>The last day or run of days stated before [at] of a sentence, or in the sentences before it in its section.</summary>
    private PartialDate? LastDay(Sentence sentence, int at, IEnumerable<DatedSpan> own)
    {
        static bool IsDay(DatedSpan d) => d.Date?.Precision is DatePrecision.Day or DatePrecision.Range && d.Basis != DateBasis.Relative;
        if (own.Where(d => d.End <= at && IsDay(d)).MaxBy(d => d.Start) is { } here) return here.Date;
        var i = index[sentence];
        for (var j = i - 1; j >= Math.Max(0, i - 6) && Text.Sentences[j].Kind != SentenceKind.Heading; j--)
        {
            if (Dates(Text.Sentences[j]).LastOrDefault(IsDay) is { } before) return before.Date;
        }
        return null;
    }

    /// <summary>A date as written, with its year completed from the sentence, the document or its metadata when left out.</summary>
    private (PartialDate? Date, DateBasis Basis) Resolve(Sentence sentence, DateMention mention)
    {
        if (mention.HasYear) return (mention.Resolve(), DateBasis.Stated);
        // "the two workshops we held last year, one in Bali in June": a relative year before the date carries over to it.
        if (LastYear().Match(sentence.Text[..mention.Start]) is { Success: true } lastYear && !OtherPhrase().IsMatch(sentence.Text[lastYear.Index..mention.Start])
            && Header.Date is { } said)
        {
            return (mention.Resolve(said.Latest.Year - 1), DateBasis.Relative);
        }
        if (Header.Date is { } date)
        {
            // The most recent such month on or before the document's: a report tells of what has happened.
            var year = date.Latest.Year;
            var candidate = mention.Resolve(year);
            if (candidate is not null && candidate.Earliest.Month > date.Latest.Month && candidate.Earliest > date.Latest) candidate = mention.Resolve(year - 1);
            return (candidate, Header.DateSource == ValueSource.Text ? DateBasis.YearFromDocument : DateBasis.YearFromMetadata);
        }
        if (Meetings.Principal is { Date: { } reported, DateBasis: DateBasis.Stated })
        {
            return (mention.Resolve(reported.Latest.Year), DateBasis.YearFromDocument);
        }
        return (null, DateBasis.NotStated);
    }

    [GeneratedRegex(@"^,?\s*(?:of\s+)?$")]
    private static partial Regex Adjacent();

    [GeneratedRegex(@"\b(?:of\s+)?(?:that|the\s+same)\s+year\b|\b(?:the\s+|a\s+)?(?<next>following|next)\s+year\b|\b(?<next>a\s+year\s+later)\b|\bthe\s+(?<before>previous|preceding)\s+year\b")]
    private static partial Regex SameYear();

    [GeneratedRegex(@"\b(?:the\s+(?:(?<after>next|following)\s+day|day\s+(?<after>after)|(?:previous|preceding)\s+day|day\s+before)|(?<after>a\s+day\s+later))\b(?!\s+(?:the|a|an|its|their)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex NextDay();

    [GeneratedRegex(@"\blast\s+year\b", RegexOptions.RightToLeft)]
    private static partial Regex LastYear();

    // "... in February last year alongside the Conference, and on a webinar held in May": another phrase, another year.
    [GeneratedRegex(@"\band\s+(?:on|at|in|from|with)\s+(?:a|an|the)\b")]
    private static partial Regex OtherPhrase();
}
