using System.Text;
using System.Text.RegularExpressions;

namespace BaliTimeline.Extraction.Text;

/// <summary>
/// Splits a document into paragraphs, list items, headings and sentences, keeping original offsets.
/// The genre's texts come from web pages and PDFs: lines wrapped mid-sentence, list items run together
/// on one line (" - "), page headers repeated inside paragraphs, markdown emphasis. This is where
/// that is undone, once, so that rules only see clean sentences.
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

    public static DocumentText Parse(string original)
    {
        var sentences = new List<Sentence>();
        var paragraph = 0;
        foreach (var block in Blocks(original))
        {
            if (block.Kind == SentenceKind.Heading)
            {
                Add(sentences, original, block.Start, block.End, paragraph, SentenceKind.Heading);
            }
            else
            {
                var first = true;
                foreach (var (start, end) in SplitSentences(original, block.Start, block.End))
                {
                    Add(sentences, original, start, end, paragraph, first ? block.Kind : SentenceKind.Prose);
                    first = false;
                }
            }
            if (block.EndsParagraph) paragraph++;
        }
        return new DocumentText(original, sentences);
    }

    private static void Add(List<Sentence> sentences, string original, int start, int end, int paragraph, SentenceKind kind)
    {
        var (text, map) = Normalise(original, start, end);
        if (text.Length > 0) sentences.Add(new Sentence(text, map, paragraph, kind));
    }

    private readonly record struct Block(int Start, int End, SentenceKind Kind, bool EndsParagraph);

    private readonly record struct Line(int Start, int End)
    {
        public bool IsBlank(string s) => string.IsNullOrWhiteSpace(s[Start..End]);
    }

    /// <summary>Lines joined into blocks: a blank line ends a paragraph; a list marker or a heading starts a new block.</summary>
    private static IEnumerable<Block> Blocks(string s)
    {
        var lines = new List<Line>();
        var at = 0;
        while (at <= s.Length)
        {
            var nl = s.IndexOf('\n', at);
            var end = nl < 0 ? s.Length : nl;
            lines.Add(new Line(at, end));
            if (nl < 0) break;
            at = nl + 1;
        }

        Block? open = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank(s))
            {
                if (open is { } b) yield return b with { EndsParagraph = true };
                open = null;
                continue;
            }
            var content = s[line.Start..line.End];
            var lead = content.Length - content.TrimStart().Length;
            var start = line.Start + lead;
            var kind = ListMarker().IsMatch(content) ? SentenceKind.ListItem
                : IsHeading(content) ? SentenceKind.Heading
                : SentenceKind.Prose;
            var continues = open is { Kind: not SentenceKind.Heading } && kind == SentenceKind.Prose;
            if (continues)
            {
                open = open!.Value with { End = line.End };
                continue;
            }
            if (open is { } previous) yield return previous;
            if (kind == SentenceKind.ListItem) start += ListMarker().Match(content).Length - lead;
            open = new Block(start, line.End, kind, false);
        }
        if (open is { } last) yield return last with { EndsParagraph = true };
    }

    private static readonly HashSet<string> SmallWords =
        ["a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with", "over"];

    /// <summary>A title or section heading: a markdown heading, or a short line of capitalised words with no closing punctuation.</summary>
    private static bool IsHeading(string line)
    {
        var t = line.Trim();
        if (t.StartsWith('#')) return true;
        if (t.Length is 0 or > 160 || ".:;,!?".Contains(t[^1])) return false;
        var words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2
            && words.All(w => SmallWords.Contains(w) || char.IsUpper(w[0]) || char.IsDigit(w[0]) || !char.IsLetter(w[0]));
    }

    /// <summary>Sentence boundaries inside a block: ". X", and list items run together on one line (" - x").</summary>
    private static IEnumerable<(int Start, int End)> SplitSentences(string s, int start, int end)
    {
        var from = start;
        foreach (Match m in Boundary().Matches(s[start..end]))
        {
            var cut = start + m.Index + (m.Groups["keep"].Success ? m.Groups["keep"].Length : 0);
            var before = s[from..cut].TrimEnd();
            if (m.Groups["keep"].Success && Abbreviation().IsMatch(before)) continue;
            if (before.Trim().Length > 0) yield return (from, from + s[from..cut].TrimEnd().Length);
            from = start + m.Index + m.Length;
        }
        if (s[from..end].Trim().Length > 0) yield return (from, end);
    }

    private static (string Text, int[] Map) Normalise(string s, int start, int end)
    {
        var text = new StringBuilder(end - start);
        var map = new List<int>(end - start);
        var pendingSpace = -1;
        for (var i = start; i < end; i++)
        {
            var c = s[i];
            if (c is '*' || (c is '#' && text.Length == 0)) continue;
            if (char.IsWhiteSpace(c))
            {
                if (text.Length > 0 && pendingSpace < 0) pendingSpace = i;
                continue;
            }
            if (pendingSpace >= 0)
            {
                text.Append(' ');
                map.Add(pendingSpace);
                pendingSpace = -1;
            }
            text.Append(c switch
            {
                '\u2018' or '\u2019' or '\u02BC' => '\'',
                '\u201C' or '\u201D' => '"',
                '\u2013' or '\u2014' or '\u2011' => '-',
                '\u00A0' => ' ',
                _ => c,
            });
            map.Add(i);
        }
        return (text.ToString(), map.ToArray());
    }

    [GeneratedRegex(@"^\s*(?:[-\u2022*]|\d{1,2}[.)])\s+")]
    private static partial Regex ListMarker();

    // A full stop, question or exclamation mark followed by a capital, digit or quote; or an inline list dash.
    [GeneratedRegex(@"(?<keep>[.!?]['""\u2019\u201D]?)\s+(?=[A-Z0-9'""\u2018\u201C])|\s+[-\u2022]\s+(?=[a-zA-Z])")]
    private static partial Regex Boundary();

    [GeneratedRegex(@"(?:\b(?:Dr|Mr|Mrs|Ms|Prof|St|No|Nos|Vol|e\.g|i\.e|etc|H\.E)\.|\b[A-Z]\.)$")]
    private static partial Regex Abbreviation();
}
