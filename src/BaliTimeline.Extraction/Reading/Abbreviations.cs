using System.Text.RegularExpressions;

namespace BaliTimeline.Extraction.Reading;

/// <summary>
/// The abbreviations a document defines, "Regional Biometric Data Exchange Solution (RBDES)": a capitalised name and, in
/// brackets, its initials. A name that uses one later ("the Policy Framework for the RBDES") is read with it spelled out.
/// </summary>
public static partial class Abbreviations
{
    public static IReadOnlyDictionary<string, string> Read(IEnumerable<string> sentences)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var text in sentences.Where(t => t.Contains('(')))
        {
            foreach (Match m in Defined().Matches(text))
            {
                var abbreviation = m.Groups["abbr"].Value;
                var words = m.Groups["name"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                // The longest tail of the name whose initials spell the abbreviation.
                for (var i = 0; i < words.Length; i++)
                {
                    var tail = words[i..];
                    if (!char.IsUpper(tail[0][0])) continue;
                    // A heading in capitals ("REGIONAL SUPPORT OFFICE (RSO)") spells a name, not the way to write it.
                    if (tail.All(w => !w.Any(char.IsLower))) break;
                    var all = string.Concat(tail.Select(w => char.ToUpperInvariant(w[0])));
                    var capitals = string.Concat(tail.Where(w => char.IsUpper(w[0])).Select(w => w[0]));
                    if (abbreviation.Replace("-", "").ToUpperInvariant() is var letters && (letters == all || letters == capitals.ToUpperInvariant()))
                    {
                        found.TryAdd(abbreviation, string.Join(' ', tail));
                        break;
                    }
                }
            }
        }
        return found;
    }

    public static string Expand(string name, IReadOnlyDictionary<string, string> abbreviations) =>
        Token().Replace(name, m => abbreviations.TryGetValue(m.Value, out var full) && !name.Contains(full, StringComparison.Ordinal) ? full : m.Value);

    [GeneratedRegex(@"(?<name>(?:[A-Z][\w'-]*\s+(?:(?:of|for|and|on|in|the)\s+)*){1,8})\((?<abbr>[A-Z][A-Z-]{1,9})\)")]
    private static partial Regex Defined();

    [GeneratedRegex(@"\b[A-Z][A-Z-]{1,9}\b")]
    private static partial Regex Token();
}
