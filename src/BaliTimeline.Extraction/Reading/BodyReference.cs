using System.Text.RegularExpressions;

namespace BaliTimeline.Extraction.Reading;

/// <summary>
/// "the Working Group", "the Group", "the Forum", "the Task Force", "the Committee", "this group": a body named
/// elsewhere in the document. <see cref="Head"/> is the kind of body, to find the one meant.
/// </summary>
public static partial class BodyReference
{
    public static IEnumerable<(int Start, int End, string Head)> Find(string text) =>
        Pattern().Matches(text).Select(m => (m.Index, m.Index + m.Length, m.Groups["head"].Value.ToLowerInvariant()));

    /// <summary>Whether a canonical body name is of the kind a reference names ("Group" fits "Working Group on ...").</summary>
    public static bool Fits(string head, string body) =>
        head switch
        {
            "group" => body.Contains("Group", StringComparison.Ordinal),
            "working group" => body.Contains("Working Group", StringComparison.Ordinal),
            "task force" or "taskforce" => body.Contains("Task Force", StringComparison.Ordinal),
            "forum" => body.Contains("Forum", StringComparison.Ordinal),
            "office" => body.Contains("Office", StringComparison.Ordinal),
            "mechanism" => body.Contains("Mechanism", StringComparison.Ordinal),
            "conference" => body.Contains("Conference", StringComparison.Ordinal),
            _ => body.Contains(Capitalised(head), StringComparison.Ordinal),
        };

    private static string Capitalised(string head) => string.Join(' ', head.Split(' ').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    [GeneratedRegex(@"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Oo]ur|[Tt]he\s+full)\s+(?<head>[Ww]orking\s+[Gg]roup|[Gg]roup|[Tt]ask\s*[Ff]orce|[Ff]orum|[Cc]ommittee|[Mm]echanism|[Oo]ffice)(?!\s+(?:on|of|for)\s+[A-Z])\b")]
    private static partial Regex Pattern();
}
