using System.Text.RegularExpressions;

namespace BaliTimeline.Extraction.Names;

/// <summary>
/// Canonical names with their aliases, matched longest first on word boundaries. Aliases written in
/// capitals (TIPWG, RSO) match only in capitals; others ignore case, as the documents vary it.
/// </summary>
public sealed class NameTable
{
    private readonly Regex pattern;
    private readonly Dictionary<string, string> canonicalByAlias = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(string Canonical, string[] Aliases)> entries = [];

    public NameTable(IEnumerable<(string Canonical, string[] Aliases)> entries, IReadOnlyDictionary<string, string>? guards = null)
    {
        var alternatives = new List<string>();
        foreach (var (canonical, aliases) in entries)
        {
            this.entries.Add((canonical, aliases.Where(a => a != canonical).Distinct().ToArray()));
            foreach (var alias in aliases.Prepend(canonical).Distinct())
            {
                canonicalByAlias[Key(alias)] = canonical;
                alternatives.Add(alias);
            }
        }
        var parts = alternatives
            .OrderByDescending(a => a.Length)
            .Select(a =>
            {
                var body = Regex.Escape(a).Replace("'", "['\u2019]").Replace(@"\ ", @"\s+").Replace("-", @"\s?-\s?");
                if (!a.Any(char.IsLower)) body = $"(?-i:{body})";
                if (guards is not null && guards.TryGetValue(a, out var guard)) body += guard;
                return body;
            });
        pattern = new Regex($@"(?<![\w-])(?:{string.Join("|", parts)})(?![\w-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    public IReadOnlyCollection<string> Canonicals => entries.Select(e => e.Canonical).ToArray();

    /// <summary>Every canonical name with the other ways of writing it, in table order.</summary>
    public IReadOnlyList<(string Canonical, string[] Aliases)> Entries => entries;

    public IEnumerable<NameMatch> FindAll(string text, int start = 0)
    {
        for (var m = pattern.Match(text, start); m.Success; m = m.NextMatch())
        {
            yield return new NameMatch(canonicalByAlias[Key(m.Value)], m.Value, m.Index, m.Index + m.Length);
        }
    }

    public NameMatch? FindFirst(string text, int start = 0) => FindAll(text, start).FirstOrDefault();

    public string? Canonicalise(string written) =>
        canonicalByAlias.TryGetValue(Key(written), out var canonical) ? canonical : null;

    private static string Key(string alias) =>
        Regex.Replace(alias.Replace('\u2019', '\''), @"\s*-\s*", "-").Replace("  ", " ").Trim();
}
