using System.Text.RegularExpressions;

namespace BaliTimeline.Extraction.Text;

/// <summary>
/// Splits a document into paragraphs, list items, rows, fields, headings and sentences, keeping original offsets.
/// The genre's texts come from web pages and PDFs: lines wrapped mid-sentence, list items run together on one line
/// (" - "), fields run together ("Location: Bangkok, ThailandDate: 14 May"), tables as "a | b | c" rows, calendars
/// as "5 March - Seventh Meeting ..." lines, markdown emphasis. This is where that is undone, once, so that rules
/// only see clean sentences.
/// </summary>
public sealed partial class DocumentText
{
    private DocumentText(string original, IReadOnlyList<Sentence> sentences)
    {
        Original = original;
        Sentences = sentences;
    }

    public string Original { get; }

    public IReadOnlyList<Sentence> Sentences { get; }

    public string Quote(int start, int end) => Original[start..end];

    /// <summary>An image caption scraped with a page ("... Image", "Image: ..."): it shows, it does not report.</summary>
    public static bool IsCaption(Sentence sentence) => Caption().IsMatch(sentence.Text);

    public static DocumentText Parse(string original)
    {
        var sentences = new List<Sentence>();
        var (paragraph, number) = (0, 0);
        foreach (var block in Blocks(original))
        {
            if (block.Kind is SentenceKind.Heading or SentenceKind.Field)
            {
                Add(sentences, original, block.Start, block.End, paragraph, block.Kind, number);
            }
            else
            {
                var first = true;
                foreach (var (start, end) in SplitSentences(original, block.Start, block.End, block.Protected))
                {
                    Add(sentences, original, start, end, paragraph, first ? block.Kind : SentenceKind.Prose, number);
                    first = false;
                }
            }
            number++;
            if (block.EndsParagraph) paragraph++;
        }
        return new DocumentText(original, sentences);
    }

    private static void Add(List<Sentence> sentences, string original, int start, int end, int paragraph, SentenceKind kind, int block)
    {
        var (text, map) = Normalise(original, start, end);
        if (text.Length > 0) sentences.Add(new Sentence(text, map, paragraph, kind, block));
    }

    /// <summary>A run of lines read as one unit; <see cref="Protected"/> ends a leading date that must not be split off.</summary>
    private readonly record struct Block(int Start, int End, SentenceKind Kind, bool EndsParagraph, int Protected = -1);

    /// <summary>Lines joined into blocks: a blank line ends a paragraph; a list marker, heading, field, row or entry starts a new block.</summary>
    private static IEnumerable<Block> Blocks(string s)
    {
        Block? open = null;
        var at = 0;
        while (at <= s.Length)
        {
            var nl = s.IndexOf('\n', at);
            var (start, end) = (at, nl < 0 ? s.Length : nl);
            at = end + 1;
            var content = s[start..end];
            if (string.IsNullOrWhiteSpace(content))
            {
                if (open is { } b) yield return b with { EndsParagraph = true };
                open = null;
                if (nl < 0) break;
                continue;
            }
            // "... ManagementLocation: Bangkok, ThailandDate: 03/03/2022The RSO ...": a scraped page runs its parts together.
            var pieces = RunsTogether(content) ? RunTogether().Matches(content).Select(m => m.Index).Where(i => i > 0).ToList() : [];
            if (pieces.Count > 0)
            {
                if (open is { } running) yield return running;
                open = null;
                var from = 0;
                foreach (var cut in pieces.Append(content.Length))
                {
                    var piece = content[from..cut];
                    if (piece.Trim().Length > 0)
                    {
                        var pieceLead = piece.Length - piece.TrimStart().Length;
                        var pieceKind = FieldLine().IsMatch(piece) && !TitleLike(piece) ? SentenceKind.Field : IsHeading(piece) ? SentenceKind.Heading : SentenceKind.Prose;
                        yield return new Block(start + from + pieceLead, start + cut, pieceKind, false);
                    }
                    from = cut;
                }
                if (nl < 0) break;
                continue;
            }
            var lead = content.Length - content.TrimStart().Length;
            start += lead;
            var fields = FieldStarts(content);
            if (fields.Count > 0)
            {
                if (open is { } previous) yield return previous;
                open = null;
                for (var i = 0; i < fields.Count; i++)
                {
                    var fieldEnd = i + 1 < fields.Count ? start - lead + fields[i + 1] : end;
                    yield return new Block(start - lead + fields[i], fieldEnd, SentenceKind.Field, false);
                }
                if (nl < 0) break;
                continue;
            }
            var marker = ListMarker().Match(content);
            var entry = Entry().Match(content, lead);
            var kind = marker.Success || entry.Success || content.Contains(" | ", StringComparison.Ordinal) || content.Trim().Contains('\t') ? SentenceKind.ListItem
                : IsHeading(content) && !Wraps(s, at) ? SentenceKind.Heading
                : SentenceKind.Prose;
            // A wrapped line continues the open paragraph or item; anything that starts a unit of its own does not.
            if (open is { Kind: not (SentenceKind.Heading or SentenceKind.Field) } && kind == SentenceKind.Prose && !AfterShortLine(s, open.Value, start))
            {
                open = open.Value with { End = end };
                if (nl < 0) break;
                continue;
            }
            if (open is { } before) yield return before;
            if (marker.Success) start += marker.Length - lead;
            open = new Block(start, end, kind, false, entry.Success && !marker.Success ? start + entry.Length : -1);
            if (nl < 0) break;
        }
        if (open is { } last) yield return last with { EndsParagraph = true };
    }

    private static readonly HashSet<string> SmallWords =
        ["a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with", "over", "into"];

    /// <summary>A title or section heading: a markdown heading, or a short line of capitalised words with no closing punctuation.</summary>
    private static bool IsHeading(string line)
    {
        var t = line.Trim();
        if (t.StartsWith('#')) return true;
        if (t.Length is 0 or > 160 || ".:;,!?".Contains(t[^1])) return false;
        var words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // A single word is a heading only in capitals ("POSTPONED", "UPCOMING").
        if (words.Length == 1) return t.Length >= 4 && t.All(c => char.IsUpper(c) || !char.IsLetter(c));
        return words.All(w => SmallWords.Contains(w) || char.IsUpper(w[0]) || char.IsDigit(w[0]) || !char.IsLetter(w[0]));
    }

    /// <summary>
    /// "Calendar status at 21/04/2021" then "All dates are ...": a short line that ends on a date or number, then a
    /// capital, is a stamp of its own; a wrapped paragraph's lines run to the width of the text.
    /// </summary>
    private static bool AfterShortLine(string s, Block open, int lineStart)
    {
        var end = lineStart - 1;
        var from = end <= open.Start ? open.Start : Math.Max(open.Start, s.LastIndexOf('\n', end - 1) + 1);
        var line = s[from..Math.Max(from, end)].Trim();
        return line.Length is > 0 and < 40 && char.IsDigit(line[^1]) && char.IsUpper(s[lineStart]);
    }

    /// <summary>Where a word broken at a line's end goes on: after a line break and the indent, in lower case; else 0.</summary>
    private static int BrokenWordEnd(string s, int from, int end)
    {
        var (at, lineBreak) = (from, false);
        while (at < end && char.IsWhiteSpace(s[at]))
        {
            lineBreak |= s[at] == '\n';
            at++;
        }
        return lineBreak && at < end && char.IsLower(s[at]) ? at : 0;
    }

    /// <summary>Whether a line has a capital straight after a letter, digit or stop, where scraped parts meet: most lines do not.</summary>
    private static bool RunsTogether(string line)
    {
        for (var i = 1; i < line.Length; i++)
        {
            if (char.IsUpper(line[i]) && (char.IsLetterOrDigit(line[i - 1]) && !char.IsUpper(line[i - 1]) || line[i - 1] is '.' or ')' or '!' or '?')) return true;
        }
        return false;
    }

    /// <summary>Whether the line after <paramref name="next"/> carries on a sentence: it starts in lower case or with "(".</summary>
    private static bool Wraps(string s, int next) =>
        next < s.Length && s.IndexOf('\n', next) is var nl && s[next..(nl < 0 ? s.Length : nl)].TrimStart() is { Length: > 0 } line
        && (char.IsLower(line[0]) || line[0] == '(');

    /// <summary>"Webinar: Deceptive Online Recruitment and ...": a title with a label, not a field to read as one.</summary>
    private static bool TitleLike(string piece) => piece.Length > 60 || !KnownField().IsMatch(piece);

    /// <summary>Where the fields of a field line start: "Location: Bangkok, ThailandDate: 14 May" has two.</summary>
    private static List<int> FieldStarts(string line)
    {
        var first = FieldLine().Match(line);
        if (!first.Success) return [];
        var starts = new List<int> { first.Index };
        foreach (Match next in RunTogetherField().Matches(line, first.Index + first.Length)) starts.Add(next.Index);
        return starts;
    }

    /// <summary>Sentence boundaries inside a block: ". X", and list items run together on one line (" - x").</summary>
    private static IEnumerable<(int Start, int End)> SplitSentences(string s, int start, int end, int keep)
    {
        var from = start;
        foreach (Match m in Boundary().Matches(s[start..end]))
        {
            // A calendar entry's leading "5 March - " belongs to the entry.
            if (start + m.Index < keep) continue;
            var cut = start + m.Index + (m.Groups["keep"].Success ? m.Groups["keep"].Length : 0);
            var before = s[from..cut].TrimEnd();
            if (m.Groups["keep"].Success && Abbreviation().IsMatch(before[Math.Max(0, before.Length - 12)..])) continue;
            if (before.Trim().Length > 0) yield return (from, from + s[from..cut].TrimEnd().Length);
            from = start + m.Index + m.Length;
        }
        if (s[from..end].Trim().Length > 0) yield return (from, end);
    }

    private static (string Text, int[] Map) Normalise(string s, int start, int end)
    {
        // A tab becomes " | ": at most three characters for one, so three times the span is always room enough.
        var text = new char[(end - start) * 3];
        var map = new int[text.Length];
        var length = 0;
        var pendingSpace = -1;
        var pendingTab = false;
        for (var i = start; i < end; i++)
        {
            var c = s[i];
            // "a * b": a star between spaces separates items, like a bar; elsewhere it is markdown emphasis.
            // "fi-\n   nalised": a word a PDF broke at the line's end is one word again.
            if (c == '-' && i > start && char.IsLetter(s[i - 1]) && BrokenWordEnd(s, i + 1, end) is var resume and > 0)
            {
                i = resume - 1;
                continue;
            }
            if (c is '*' && i > start && i + 1 < end && s[i - 1] == ' ' && s[i + 1] == ' ') c = '|';
            else if (c is '*' || (c is '#' && length == 0)) continue;
            if (char.IsWhiteSpace(c))
            {
                if (length > 0 && pendingSpace < 0) pendingSpace = i;
                // Tabs between words separate a table's columns, as bars do.
                if (length > 0 && c == '\t') pendingTab = true;
                continue;
            }
            if (pendingSpace >= 0)
            {
                foreach (var spacer in pendingTab ? " | " : " ")
                {
                    text[length] = spacer;
                    map[length++] = pendingSpace;
                }
                (pendingSpace, pendingTab) = (-1, false);
            }
            text[length] = c switch
            {
                '\u2018' or '\u2019' or '\u02BC' => '\'',
                '\u201C' or '\u201D' => '"',
                '\u2013' or '\u2014' or '\u2011' or '\u2012' or '\u2212' => '-',
                _ => c,
            };
            map[length++] = i;
        }
        return (new string(text, 0, length), map[..length]);
    }

    [GeneratedRegex(@"^(?:Image|Photo|Caption|Picture)\s*:|\s(?:Image|Photo)$")]
    private static partial Regex Caption();

    [GeneratedRegex(@"^\s*(?:[-\u2022*]|\d{1,2}[.)]|\([a-z0-9]\))\s+")]
    private static partial Regex ListMarker();

    // "Location: ...", "**Co-Chairs:** ...": a label of up to four words, a colon, a value. A label in capitals
    // ("MODERATOR:", "MS PENNINGTON:") names a speaker in a transcript, whose words are prose.
    [GeneratedRegex(@"^\s*[*_]{0,2}(?<key>(?![A-Z\s'-]+:)[A-Z][A-Za-z'\u2019-]*(?:\s+[A-Za-z][A-Za-z'\u2019-]*){0,3})[*_]{0,2}\s*:[*_]{0,2}\s+\S")]
    private static partial Regex FieldLine();

    // Where a scraped line's parts meet with no space: a field key after a word ("ManagementLocation:"), a date run into the
    // next sentence ("03/03/2022The"), a sentence run into the next ("Bengal.Read more").
    [GeneratedRegex(@"(?<=[A-Za-z0-9).])(?=(?:Location|Date|Dates|Venue|Format|Time|Co-Chairs|Last\s+updated|Published|Read\s+more)\b)|(?<=\d{4})(?=[A-Z][a-z]|A\s)|(?<=[a-z][.!?])(?=[A-Z][a-z])|(?<=[a-z]{2})(?=(?:POSTPONED|CANCELLED|CANCELED)\b)")]
    private static partial Regex RunTogether();

    [GeneratedRegex(@"^\s*(?:Location|Date|Dates|Venue|Format|Time|Co-Chairs|Last\s+updated|Published)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex KnownField();

    // A second field run into the first's value with no space: "ThailandDate: 14 May".
    [GeneratedRegex(@"(?<=[a-z)])(?:Date|Dates|Venue|Location|Format|Time|Co-Chairs)\s*:\s")]
    private static partial Regex RunTogetherField();

    // A calendar entry: a line that starts with its date, then a dash, colon or bar.
    [GeneratedRegex(@"\G(?:On\s+|Between\s+|From\s+)?" + Time.DateReader.LeadingDate + @"\s*[-\u2013\u2014:|]\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Entry();

    // A full stop, question or exclamation mark followed by a capital, digit or quote; or an inline list dash.
    // Not after a month's abbreviation before its day ("Oct. 16-18, 2018").
    [GeneratedRegex(@"(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?=\.\s+\d))(?<keep>[.!?]['""\u2019\u201D]?)\s+(?=[A-Z0-9'""\u2018\u201C])|\s+[-\u2022]\s+(?=[a-zA-Z])")]
    private static partial Regex Boundary();

    [GeneratedRegex(@"(?:\b(?:Dr|Mr|Mrs|Ms|Prof|St|No|Nos|Vol|Hon|Jr|Col|Gen|Lt|Capt|Amb|Rev|e\.g|i\.e|etc|vs|H\.E)\.|\b[A-Z]\.)$")]
    private static partial Regex Abbreviation();
}
