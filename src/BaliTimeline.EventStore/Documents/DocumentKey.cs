using System.Text.RegularExpressions;

namespace BaliTimeline.EventStore.Documents;

/// <summary>
/// A document's stream key, from its file name: lower case, without extension, anything but letters, digits, '-'
/// and '_' replaced. The name, not the content, is the key, so a revised text lands in the same stream. A name with
/// none of those (<c>日本.txt</c>) is keyed by a hash of the name instead. Different names can give one key
/// ("Report.txt", "report.md"); <see cref="DocumentIdentityCheck"/> refuses such a second document rather than let it
/// replace the first.
/// </summary>
public static partial class DocumentKey
{
    public static string For(string fileName)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName).ToLowerInvariant();
        var key = Unsafe().Replace(stem, "-").Trim('-');
        return key.Length > 0 ? key : "doc-" + FactIdentity.Hash(Path.GetFileNameWithoutExtension(fileName).Normalize())[..16];
    }

    [GeneratedRegex(@"[^a-z0-9_-]+")]
    private static partial Regex Unsafe();
}
