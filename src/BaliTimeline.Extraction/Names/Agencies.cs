using System.Text.RegularExpressions;

namespace BaliTimeline.Extraction.Names;

/// <summary>
/// Government agencies, written the documents' ways: "the Indonesian Ministry of Foreign Affairs",
/// "Australia's Department of Home Affairs", "the Ministry of Foreign Affairs of the Republic of Indonesia".
/// Canonical names per member live in one table; an agency not in it keeps the name as written.
/// </summary>
public static partial class Agencies
{
    private static readonly Dictionary<(string Member, string Written), string> CanonicalByAlias = new()
    {
        [("Indonesia", "Ministry for Foreign Affairs")] = "Ministry of Foreign Affairs",
        [("Indonesia", "Foreign Ministry")] = "Ministry of Foreign Affairs",
        [("Australia", "Home Affairs")] = "Department of Home Affairs",
        [("Australia", "Border Force")] = "Australian Border Force",
        [("Australia", "Attorney General's Department")] = "Attorney-General's Department",
        [("Australia", "DFAT")] = "Department of Foreign Affairs and Trade",
        [("Australia", "Federal Police")] = "Australian Federal Police",
    };


    public static IEnumerable<AgencyMention> FindAll(string text) =>
        FromRuns(text).Concat(Bracketed(text)).OrderBy(a => a.Start);

    /// <summary>"Australia (Department of Home Affairs)": the member, then its agency in brackets.</summary>
    private static IEnumerable<AgencyMention> Bracketed(string text)
    {
        foreach (Match m in MemberThenAgency().Matches(text))
        {
            var member = Members.Table.Canonicalise(m.Groups["country"].Value);
            var agency = m.Groups["agency"].Value.Replace('\u2019', '\'');
            if (member is null || !AgencyHead().IsMatch(agency)) continue;
            yield return new AgencyMention(member, CanonicalByAlias.GetValueOrDefault((member, agency), agency), m.Index, m.Index + m.Length);
        }
    }

    private static IEnumerable<AgencyMention> FromRuns(string text)
    {
        foreach (var (run, runStart) in CapitalisedRun().Matches(text).SelectMany(SplitAtMembers))
        {
            var (phrase, start) = (run, runStart);
            string? member = null;
            var lead = Members.Table.FindFirst(phrase);
            if (lead is { Start: 0 })
            {
                member = lead.Canonical;
                var rest = Possessive().Match(phrase, lead.End);
                phrase = phrase[(lead.End + rest.Length)..];
                start += lead.End + rest.Length;
            }
            var end = start + phrase.Length;
            // "Ministry of Foreign Affairs of Indonesia": the member follows the agency, inside the run or just after it.
            var of = OfMember().Matches(phrase).FirstOrDefault(m => Members.Table.Canonicalise(m.Groups["country"].Value) is not null);
            if (of is not null)
            {
                var country = Members.Table.Canonicalise(of.Groups["country"].Value);
                member ??= country;
                phrase = phrase[..of.Index];
                end = start + of.Index + of.Length;
            }
            else if (OfMember().Match(text, end) is { Success: true } after && after.Index == end
                && Members.Table.Canonicalise(after.Groups["country"].Value) is { } followingCountry)
            {
                member ??= followingCountry;
                end = after.Index + after.Length;
            }
            // Lists of participants write "Department of Home Affairs, Australia".
            if (member is null && CommaMember().Match(text, end) is { Success: true } comma && Members.Table.Canonicalise(comma.Groups["country"].Value) is { } listed)
            {
                member = listed;
                end = comma.Index + comma.Length;
            }
            phrase = TrailingConnector().Replace(phrase, "").Replace('\u2019', '\'');
            if (member is null || !AgencyHead().IsMatch(phrase)) continue;
            yield return new AgencyMention(member, CanonicalByAlias.GetValueOrDefault((member, phrase), phrase), runStart, end);
        }
    }

    /// <summary>"Ministry for Foreign Affairs and Australia's Department of Home Affairs" is two agencies, not one.</summary>
    private static IEnumerable<(string Phrase, int Start)> SplitAtMembers(Match run)
    {
        var (from, text) = (0, run.Value);
        foreach (Match and in And().Matches(text))
        {
            if (Members.Table.FindFirst(text, and.Index + and.Length) is not { } member || member.Start != and.Index + and.Length) continue;
            yield return (text[from..and.Index], run.Index + from);
            from = and.Index + and.Length;
        }
        yield return (text[from..], run.Index + from);
    }

    // Nouns that make a capitalised phrase an agency rather than a title or a role.
    [GeneratedRegex(@"\b(?:Ministry|Department|Force|Office|Agency|Police|Commission|Directorate|Service|Bureau|Authority|Council)\b")]
    private static partial Regex AgencyHead();

    [GeneratedRegex(@"\s+and\s+")]
    private static partial Regex And();

    // A run of capitalised words joined by of/for/and/on; a role ("Co-Chair") ends it.
    [GeneratedRegex(@"(?<![\w-])[A-Z][\w'\u2019-]*(?:\s+(?:(?:of|for|and|on)\s+)?(?!Co-Chair)[A-Z][\w'\u2019-]*)*")]
    private static partial Regex CapitalisedRun();

    [GeneratedRegex(@"\G(?:'s|\u2019s)?\s*")]
    private static partial Regex Possessive();

    [GeneratedRegex(@"\s+of\s+(?:the\s+)?(?<country>(?:Republic\s+of\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)")]
    private static partial Regex OfMember();

    [GeneratedRegex(@"(?<country>\b[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s*\((?<agency>[A-Z][^()]{3,80})\)")]
    private static partial Regex MemberThenAgency();

    [GeneratedRegex(@"\G,\s*(?<country>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)(?![\w-])")]
    private static partial Regex CommaMember();

    [GeneratedRegex(@"(?:\s+(?:of|for|and|on))+$")]
    private static partial Regex TrailingConnector();
}

/// <summary>An agency of a member found at [Start, End) of a sentence's normalised text.</summary>
public sealed record AgencyMention(string Member, string Agency, int Start, int End);
