using System.Text.RegularExpressions;
using BaliTimeline.Extraction.Names;
using BaliTimeline.Extraction.Text;

namespace BaliTimeline.Extraction.Rules;

/// <summary>Phrase patterns shared by the rules: named meetings and places.</summary>
public static partial class Phrases
{
    private const string Connectors = @"(?:(?:of|on|for|to|in|and|the|&)\s+)*";

    /// <summary>A word that continues a name after a connector: capitalised, and not a month ("... Screening in August").</summary>
    public const string NameWord = @"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][\w'-]*";

    /// <summary>A named meeting: "the Sixth Annual Meeting of the Bali Process Trafficking in Persons Working Group".</summary>
    public static IEnumerable<Match> Meetings(string text) => Meeting().Matches(text);

    public static string MeetingName(Match meeting) => TrailingPlace(meeting.Value.Trim());

    /// <summary>The body a meeting's name names, looking through abbreviations in brackets ("Ad Hoc Group (AHG) Senior Officials").</summary>
    public static NameMatch? BodyIn(string name) => BodyNames.Table.FindFirst(Bracketed().Replace(name, ""));

    /// <summary>"in Bangkok, Thailand" after <paramref name="from"/>: the first known place introduced by "in".</summary>
    public static string? LocationAfter(string text, int from)
    {
        foreach (var place in Places.Table.FindAll(text, from))
        {
            if (!InBefore().IsMatch(text[..place.Start])) continue;
            var country = CountryAfter().Match(text, place.End);
            return country.Success && Members.Table.Canonicalise(country.Groups[1].Value) is not null
                ? text[place.Start..(country.Index + country.Length)]
                : place.Written;
        }
        return null;
    }

    private static string TrailingPlace(string name)
    {
        var trailing = TrailingIn().Match(name);
        return trailing.Success && Places.Table.Canonicalise(trailing.Groups["place"].Value) is not null ? name[..trailing.Index] : name;
    }

    [GeneratedRegex(
        @"(?!(?:The|This|That|These|Those|Its|Their|An?|At|In|On|From|During|After|Before|By|For|With|Since)\s)(?:(?<ord>" + Ordinals.Pattern + @")\s+)?(?:[A-Z][\w'-]*\s+" + Connectors + @")*(?<kw>Meeting|Conference|Workshop|Roundtable|Dialogue|Gathering|Summit|Consultation)s?\b"
        + @"(?:\s+(?:of|on)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+(?:\([A-Z][\w-]*\)\s+)?" + Connectors + NameWord + @")*)?")]
    private static partial Regex Meeting();

    [GeneratedRegex(@"\s*\([^)]*\)")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"\s+in\s+(?<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)$")]
    private static partial Regex TrailingIn();

    [GeneratedRegex(@"\bin\s+(?:the\s+)?$")]
    private static partial Regex InBefore();

    [GeneratedRegex(@"\G,\s*([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)")]
    private static partial Regex CountryAfter();
}
