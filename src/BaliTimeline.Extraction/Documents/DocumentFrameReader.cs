using System.Text.RegularExpressions;
using BaliTimeline.Extraction.Names;
using BaliTimeline.Extraction.Reading;
using BaliTimeline.Extraction.Text;
using BaliTimeline.Extraction.Time;
using BaliTimeline.Facts;

namespace BaliTimeline.Extraction.Documents;

/// <summary>
/// Reads a document's frame from the lines before its first sentence of prose. The title is the heading that names
/// a meeting, else the first heading that is neither a label ("Co-Chairs' Statement") nor the forum's own name.
/// The date is a "Date:" field, else a publication field, else a dateline ("BALI, 15 APRIL 2009", "30 March 2011"),
/// else an opening "On 6 December 2022,". The sidecar fills what the text does not state; the text wins where both do.
/// </summary>
public static partial class DocumentFrameReader
{
    public static DocumentFrame Read(DocumentText text, DocumentMetadata? metadata)
    {
        var front = text.Sentences.TakeWhile(s => !IsProse(s)).ToArray();
        var datesOf = front.ToDictionary<Sentence, Sentence, IReadOnlyList<DateMention>>(s => s, s => DateReader.FindAll(s.Text), ReferenceEqualityComparer.Instance);

        // The meeting a report is about: a heading that names one (the body from the heading above it if the name
        // gives none), or, under a label such as "Meeting summary" or "Event Summary", the body or title the front names.
        FrameMeeting? meeting = null;
        // A listing (a calendar, a table of events) reports many meetings, not one.
        var listing = front.Count(s => s.Kind == SentenceKind.Heading && datesOf[s] is [{ } only] && s.Text.Length - (only.End - only.Start) <= 16) > 1
            || front.Any(s => s.Kind == SentenceKind.Heading && Tense.OfHeading(s.Text) is not null);
        for (var i = 0; i < front.Length && meeting is null && !listing; i++)
        {
            var s = front[i];
            if (s.Kind == SentenceKind.Field) continue;
            // A heading's meeting: numbered, named, or of a body ("RSO document examination course"), the body's own name aside.
            var mention = MeetingMentions.Find(s.Text).FirstOrDefault(m => !m.Plural && m.Determiner is not Determiner.Generic
                && (m.Ordinal is not null || m.Named || m.Body is not null && (Label().IsMatch(string.Join(" ", front.Select(f => f.Text)))
                    || BodyNames.Table.FindAll(m.Written).All(b => b.End < m.Written.Length - 12))));
            if (mention is not null)
            {
                meeting = new FrameMeeting(s, mention, null, mention.Written, mention.Body ?? BodyAbove(front, i));
                continue;
            }
            var gathering = GatheringMentions.Find(s.Text).FirstOrDefault(g => g.Body is not null && g.Past);
            if (gathering is not null) meeting = new FrameMeeting(s, null, gathering, null, gathering.Body);
        }
        var body = meeting?.Body ?? front.Where(s => s.Kind != SentenceKind.Field).Select(BodyOf).FirstOrDefault(b => b is not null);
        if (meeting is null && !listing && front.FirstOrDefault(s => Label().IsMatch(s.Text)) is { } label)
        {
            var named = front.FirstOrDefault(s => s.Kind == SentenceKind.Heading && s != label && BodyOf(s) is null && !Label().IsMatch(s.Text)
                && !Forum().IsMatch(s.Text) && datesOf[s].Count == 0);
            if (named is not null || body is not null) meeting = new FrameMeeting(label, null, null, named?.Text, body);
        }

        // A page's own date ("Published:", "Last updated") before an event's ("Date:"), which a listing has one of per event.
        var (date, dateSentence) = FrontDate(front, datesOf, "published") ?? FrontDate(front, datesOf, "date") ?? FrontDate(front, datesOf, null) ?? default;
        var meetingDate = listing ? null : FrontDate(front, datesOf, "date") ?? FrontDate(front, datesOf, null);
        var title = front.FirstOrDefault(s => s.Kind == SentenceKind.Heading && MeetingMentions.Find(s.Text).Any(m => m.Ordinal is not null || m.Named))?.Text
            ?? front.FirstOrDefault(s => s.Kind == SentenceKind.Heading && !Label().IsMatch(s.Text) && !Forum().IsMatch(s.Text)
                && datesOf[s].Count == 0 && s.Text.Split(' ').Length >= 3)?.Text;
        title = title is null ? null : TitleLabel().Replace(title, "").Trim();

        // A report that opens on its date ("On 6 December 2022, the Co-Chairs ...") dates itself by it.
        var stated = date?.Resolve();
        if (stated is null && text.Sentences.FirstOrDefault(IsProse) is { } opening && Opening().Match(opening.Text) is { Success: true } on)
        {
            stated = DateReader.FindAll(opening.Text).FirstOrDefault(d => d.Start == on.Groups["date"].Index)?.Resolve();
        }
        var header = new DocumentHeader(
            title ?? metadata?.Title,
            title is not null ? ValueSource.Text : metadata?.Title is not null ? ValueSource.Metadata : ValueSource.None,
            stated ?? metadata?.Published,
            stated is not null ? ValueSource.Text : metadata?.Published is not null ? ValueSource.Metadata : ValueSource.None);

        var fields = front.Where(s => s.Kind == SentenceKind.Field).ToArray();
        var location = fields.Select(f => Field().Match(f.Text)).Where(m => m.Success && m.Groups["key"].Value.ToLowerInvariant() is "location" or "venue")
            .Select(m => PlaceIn(m.Groups["value"].Value)).FirstOrDefault(p => p is not null)
            ?? (meetingDate is { } md ? PlaceIn(md.Sentence.Text[..md.Mention.Start]) : null);
        var format = fields.Select(f => Field().Match(f.Text)).Where(m => m.Success && m.Groups["key"].Value.ToLowerInvariant() is "format" or "venue")
            .Select(m => Formats.Read(m.Groups["value"].Value)).FirstOrDefault(f => f is not null);
        // Who speaks as "I" and "we" in a release or a transcript: the officials the front matter names, with their members.
        var authors = front.Where(s => Official().IsMatch(s.Text)).SelectMany(s => Parties.Read(Uncapitalised(s.Text))).DistinctBy(p => p.Member).ToArray();
        return new DocumentFrame(header, body, meeting, meetingDate?.Mention, meetingDate?.Sentence, location, format, authors);
    }

    /// <summary>"... OF INDONESIA, AND THE HON JULIE BISHOP MP, ...": a line in capitals, in the case a list of persons is read in.</summary>
    private static string Uncapitalised(string line) =>
        line.Any(char.IsLower) ? line
            : CapitalWord().Replace(line, w => w.Value is "AND" or "OF" or "FOR" or "THE" or "ON" or "TO" ? w.Value.ToLowerInvariant()
                : w.Value.Length <= 3 && w.Value is not ("MR" or "MS" or "MRS" or "DR" or "HON") ? w.Value : w.Value[0] + w.Value[1..].ToLowerInvariant());

    /// <summary>A sentence of prose: not a heading, field, or short line, and closed like a sentence.</summary>
    public static bool IsProse(Sentence s) =>
        s.Kind is SentenceKind.Prose or SentenceKind.ListItem && !s.Text.Contains(" | ", StringComparison.Ordinal)
        && s.Text.Split(' ').Length >= 8 && s.Text[^1] is '.' or ':' or '"' or ';';

    private static string? BodyOf(Sentence s) =>
        BodyNames.Table.FindAll(s.Text).Select(b => b.Canonical).FirstOrDefault(b => b != BodyNames.BaliProcess)
        ?? UnlistedBodies.Find(s.Text).FirstOrDefault()?.Name;

    private static string? BodyAbove(Sentence[] front, int index) =>
        front.Take(index).Reverse().Where(s => s.Kind == SentenceKind.Heading).Select(BodyOf).FirstOrDefault(b => b is not null);

    private static string? PlaceIn(string text) =>
        Places.Table.FindFirst(text) is { } place
            ? Places.Table.FindFirst(text, place.End) is { } country && CountryAfter().IsMatch(text[place.End..country.Start])
                ? $"{Places.Table.Canonicalise(place.Written) ?? place.Written}, {country.Canonical}"
                : Places.Table.Canonicalise(place.Written) ?? place.Written
            : null;

    /// <summary>
    /// The date a front line gives: a field ("Date:" when <paramref name="key"/> is "date", "Published:" and the like
    /// when "published"), or, with no key, a dateline: a short line whose one date is the line's point.
    /// </summary>
    private static (DateMention Mention, Sentence Sentence)? FrontDate(IEnumerable<Sentence> front, Dictionary<Sentence, IReadOnlyList<DateMention>> datesOf, string? key)
    {
        foreach (var s in front)
        {
            var field = Field().Match(s.Text);
            var published = Published().Match(s.Text);
            var dates = datesOf[s];
            switch (key)
            {
                case "date" when field.Success && field.Groups["key"].Value.ToLowerInvariant() is "date" or "dates":
                    if (dates.FirstOrDefault(d => d.Start >= field.Groups["value"].Index) is { } d1) return (d1, s);
                    break;
                case "published" when published.Success:
                    if (dates.FirstOrDefault(d => d.Start >= published.Index + published.Length) is { } d2) return (d2, s);
                    break;
                case null when !field.Success && !published.Success && dates.Count == 1 && s.Text.Length <= 90
                    && (dates[0].FirstMonth is not null || s.Text.Length <= 40):
                    return (dates[0], s);
            }
        }
        return null;
    }

    [GeneratedRegex(@"^(?<key>[A-Z][A-Za-z'-]*(?:\s+[A-Za-z][A-Za-z'-]*){0,3})\s*:\s*(?<value>.*)$")]
    private static partial Regex Field();

    [GeneratedRegex(@"^(?:Published|Posted|Report\s+issued|Issued|(?:\w+\s+)?Status\s+(?:as\s+)?at|As\s+(?:at|of)|(?:Last\s+)?Updated|Issue\s+\d+\s*\|)\s*:?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Published();

    // Front-matter labels that say the document reports one meeting.
    [GeneratedRegex(@"\b(?:co-?chairs'?\s+statement|chairs'?\s+summary|co-?chairs'?\s+summary|meeting\s+summary|meeting\s+report|summary\s+of\s+proceedings|record\s+of\s+outcomes|event\s+summary|joint\s+statement|outcomes?\s+statement|communiqu[eé])\b", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    // Leading labels of a title line ("TRANSCRIPT: ...") and trailing ones (": Meeting Report", " - Outcomes").
    [GeneratedRegex(@"^(?:transcript|media\s+release)\s*:\s*|\s*[:-]\s*(?:meeting\s+report|summary\s+of\s+proceedings|record\s+of\s+outcomes|outcomes)$", RegexOptions.IgnoreCase)]
    private static partial Regex TitleLabel();

    // The forum's own name heads many statements; it is not their title.
    [GeneratedRegex(@"^(?:the\s+)?bali\s+process(?:\s+on\s+people\s+smuggling.*)?$|^on\s+people\s+smuggling", RegexOptions.IgnoreCase)]
    private static partial Regex Forum();

    [GeneratedRegex(@"^(?:[A-Z][a-z]+\s+)?(?:On|From|Over|Between)\s+(?<date>\d)")]
    private static partial Regex Opening();

    [GeneratedRegex(@"\b(?:Minister|Ministers|Ambassador|Senator|Hon|H\.\s?E\.|Director(?:-|\s)General|Secretary|Commissioner|MINISTER|AMBASSADOR|HON)\b")]
    private static partial Regex Official();

    [GeneratedRegex(@"^\s*,\s*$")]
    private static partial Regex CountryAfter();

    [GeneratedRegex(@"\b[A-Z][A-Z'-]*\b")]
    private static partial Regex CapitalWord();
}
