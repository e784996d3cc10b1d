using System.Text.RegularExpressions;
using BaliTimeline.Extraction.Names;

namespace BaliTimeline.Extraction.Reading;

/// <summary>
/// Standing bodies the name table does not know, read by the shape of their name: capitalised words ending in
/// Committee, Group, Task Force, Mechanism, Network, Panel or Council ("the Policy Guides Drafting Committee").
/// They keep the name as written.
/// </summary>
public static partial class UnlistedBodies
{
    public sealed record UnlistedBody(string Name, int Start, int End);

    public static IEnumerable<UnlistedBody> Find(string text)
    {
        if (!Ending().IsMatch(text)) yield break;
        foreach (Match m in Pattern().Matches(text))
        {
            var start = m.Groups["name"].Index + Article().Match(m.Groups["name"].Value).Length;
            var name = text[start..(m.Groups["name"].Index + m.Groups["name"].Length)];
            if (BodyNames.Table.FindFirst(name) is not null || GenericName().IsMatch(TitleCase(name))) continue;
            yield return new UnlistedBody(TitleCase(name), start, start + name.Length);
        }
    }

    [GeneratedRegex(@"(?<name>(?:[A-Z][\w'\u2019-]*\s+(?:(?:on|of|for|and|ON|OF|FOR|AND)\s+)?){1,6}(?:Committee|Group|Task\s+Force|Mechanism|Network|Panel|Council|COMMITTEE|GROUP|MECHANISM|NETWORK|PANEL|COUNCIL))\b")]
    private static partial Regex Pattern();

    /// <summary>A name written in capitals ("BIOMETRIC DATA EXCHANGE REVIEW COMMITTEE") as the prose writes it.</summary>
    private static string TitleCase(string name) =>
        name.Any(char.IsLower) ? name
        : string.Join(' ', name.Split(' ').Select((w, i) => i > 0 && w is "OF" or "ON" or "FOR" or "AND" ? w.ToLowerInvariant() : w[..1] + w[1..].ToLowerInvariant()));

    [GeneratedRegex(@"Committee|Group|Force|Mechanism|Network|Panel|Council|COMMITTEE|GROUP|MECHANISM|NETWORK|PANEL|COUNCIL")]
    private static partial Regex Ending();

    [GeneratedRegex(@"^(?:The|A|An|This|That|Its|Their|Our)\s+")]
    private static partial Regex Article();

    // "the Working Group", "the Task Force": a reference to a body named elsewhere, not a name.
    [GeneratedRegex(@"^(?:(?:Working|Drafting|Steering|Expert|Experts|Technical|Regional|Joint|Bali|Process|Members|Ministers)\s+)*(?:Group|Committee|Task\s+Force|Mechanism|Network|Panel|Council)$")]
    private static partial Regex GenericName();
}
