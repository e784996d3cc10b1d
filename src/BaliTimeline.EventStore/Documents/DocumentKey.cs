using System.Text.RegularExpressions;

namespace BaliTimeline.EventStore.Documents;

/// <summary>
/// A document's stream key, from its file name: lower case, without extension, anything but letters, digits, '-'
/// and '_' replaced. The name, not the content, is the key, so a revised text lands in the same stream.
/// </summary>
public static partial class DocumentKey
{
    public static string For(string fileName)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName).ToLowerInvariant();
        var key = Unsafe().Replace(stem, "-").Trim('-');
        return key.Length == 0 ? throw new ArgumentException($"'{fileName}' gives no usable document key.", nameof(fileName)) : key;
    }

    [GeneratedRegex(@"[^a-z0-9_-]+")]
    private static partial Regex Unsafe();
}
