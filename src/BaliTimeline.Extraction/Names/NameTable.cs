using System.Buffers;
using System.Text.RegularExpressions;

namespace BaliTimeline.Extraction.Names;

/// <summary>
/// Canonical names with their aliases, matched longest first on word boundaries. Aliases written in capitals
/// (TIPWG, RSO) match only in capitals; others ignore case, as the documents vary it. The text is a sentence as
/// <see cref="Text.DocumentText"/> normalises it (single spaces, straight apostrophes), so an alias is a plain string
/// to find: one vectorised search for any alias, then the longest that fits at the place found.
/// </summary>
public sealed class NameTable
{
    private readonly Dictionary<string, string> canonicalByAlias = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(string Canonical, string[] Aliases)> entries = [];
    private readonly SearchValues<string> anyWritten;
    // Aliases in capitals are searched as written: "RSO" is not in "person", "SOM" not in "some".
    private readonly SearchValues<string> anyCapitals;
    // Every alias under its first two letters, longest first, with whether it matches only in capitals and its guard.
    private readonly Dictionary<string, (string Alias, bool Capitals, Regex? Guard)[]> byPrefix;

    public NameTable(IEnumerable<(string Canonical, string[] Aliases)> entries, IReadOnlyDictionary<string, string>? guards = null)
    {
        var aliases = new List<string>();
        foreach (var (canonical, written) in entries)
        {
            this.entries.Add((canonical, written.Where(a => a != canonical).Distinct().ToArray()));
            foreach (var alias in written.Prepend(canonical).Distinct())
            {
                canonicalByAlias[Key(alias)] = canonical;
                aliases.Add(alias);
            }
        }
        anyWritten = SearchValues.Create(aliases.Where(a => a.Any(char.IsLower)).Distinct(StringComparer.OrdinalIgnoreCase).DefaultIfEmpty("\0").ToArray(), StringComparison.OrdinalIgnoreCase);
        anyCapitals = SearchValues.Create(aliases.Where(a => !a.Any(char.IsLower)).Distinct().DefaultIfEmpty("\0").ToArray(), StringComparison.Ordinal);
        byPrefix = aliases.Distinct()
            .Select(a => (Alias: a, Capitals: !a.Any(char.IsLower),
                Guard: guards is not null && guards.TryGetValue(a, out var guard) ? new Regex(@"\G" + guard, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant) : null))
            .GroupBy(a => Prefix(a.Alias), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(a => a.Alias.Length).ToArray(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every canonical name with the other ways of writing it, in table order.</summary>
    public IReadOnlyList<(string Canonical, string[] Aliases)> Entries => entries;

    public IEnumerable<NameMatch> FindAll(string text, int start = 0)
    {
        var at = start;
        while (at < text.Length)
        {
            var written = text.AsSpan(at).IndexOfAny(anyWritten);
            var capitals = text.AsSpan(at).IndexOfAny(anyCapitals);
            var found = written < 0 ? capitals : capitals < 0 ? written : Math.Min(written, capitals);
            if (found < 0) yield break;
            var index = at + found;
            if (Longest(text, index) is { } alias)
            {
                yield return new NameMatch(canonicalByAlias[Key(alias)], alias, index, index + alias.Length);
                at = index + alias.Length;
            }
            else
            {
                at = index + 1;
            }
        }
    }

    public NameMatch? FindFirst(string text, int start = 0) => FindAll(text, start).FirstOrDefault();

    public string? Canonicalise(string written) =>
        canonicalByAlias.TryGetValue(Key(written), out var canonical) ? canonical : null;

    /// <summary>The longest alias written at <paramref name="index"/> between word boundaries, as the text writes it.</summary>
    private string? Longest(string text, int index)
    {
        if (index > 0 && (char.IsLetterOrDigit(text[index - 1]) || text[index - 1] is '_' or '-')) return null;
        if (index + 2 > text.Length || !byPrefix.TryGetValue(text.Substring(index, 2), out var candidates)) return null;
        foreach (var (alias, capitals, guard) in candidates)
        {
            var end = index + alias.Length;
            if (end > text.Length || string.Compare(text, index, alias, 0, alias.Length, capitals ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase) != 0) continue;
            if (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '_' or '-')) continue;
            if (guard is not null && !guard.IsMatch(text, end)) continue;
            return text.Substring(index, alias.Length);
        }
        return null;
    }

    private static string Prefix(string alias) => alias[..Math.Min(2, alias.Length)];

    private static string Key(string alias) =>
        alias.AsSpan().IndexOfAny('-', '\u2019') < 0 && !alias.Contains("  ", StringComparison.Ordinal) ? alias.Trim()
        : Regex.Replace(alias.Replace('\u2019', '\''), @"\s*-\s*", "-").Replace("  ", " ").Trim();
}
