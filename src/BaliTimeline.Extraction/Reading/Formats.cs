using System.Text.RegularExpressions;

namespace BaliTimeline.Extraction.Reading;

/// <summary>How a meeting was held: "virtual" (online, by videoconference, WebEx, teleconference), "hybrid", or "in-person".</summary>
public static partial class Formats
{
    public static string? Read(string text)
    {
        var found = Pattern().Matches(text);
        // "in person, with a virtual link", "Bangkok, with online participation (hybrid)": both ways at once is hybrid.
        return found.Count == 0 ? null
            : found.Any(m => m.Groups["hybrid"].Success) || found.Any(m => m.Groups["person"].Success) && found.Any(m => m.Groups["person"].Success is false) ? "hybrid"
            : found.Any(m => m.Groups["person"].Success) ? "in-person" : "virtual";
    }

    [GeneratedRegex(@"(?<hybrid>\bhybrid\b)|(?<person>\bin[- ]person\b)|\b(?:virtual(?:ly)?|online|by\s+videoconference|via\s+videoconference|by\s+teleconference|WebEx|Zoom)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
