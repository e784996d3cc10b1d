using System.Text.RegularExpressions;
using BaliTimeline.Extraction.Names;
using BaliTimeline.Extraction.Text;

namespace BaliTimeline.Extraction.Documents;

/// <summary>Abbreviations a document defines for a guide, as "Compendium of ... Supply Chains (Compendium)".</summary>
public static partial class GuideAbbreviations
{
    public static IReadOnlyDictionary<string, string> Read(DocumentText text)
    {
        var found = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var sentence in text.Sentences)
        {
            foreach (var guide in GuideNames.Table.FindAll(sentence.Text))
            {
                var abbreviation = Parenthesised().Match(sentence.Text, guide.End);
                if (abbreviation.Success) found.TryAdd(abbreviation.Groups[1].Value, guide.Canonical);
            }
        }
        return found;
    }

    [GeneratedRegex(@"\G\s*\(([A-Z][A-Za-z-]{1,24})\)")]
    private static partial Regex Parenthesised();
}
