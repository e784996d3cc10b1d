using System.Text.RegularExpressions;
using BaliTimeline.Extraction.Names;

namespace BaliTimeline.Extraction.Reading;

/// <summary>
/// Reads a list of co-chairs: "Indonesia and Australia", "Indonesia (Ministry of Foreign Affairs) and Australia
/// (Attorney-General's Department)", "Mr X, Director ..., Ministry of Foreign Affairs of the Republic of Indonesia, and
/// Ms Y, Assistant Secretary, Australian Department of Home Affairs", "Ms Z of Immigration New Zealand". The list is cut
/// into one part per co-chair where a new person, member or "the Member ..." begins; each part's member is the first it
/// names, and its agency the government body written with that member ("Indonesia's Ministry of ...", "the Australian
/// Department of ...", "... of Australia", "... (Australia)", "Australia (...)", "..., Australia"). A minister's or an
/// ambassador's office is a title, not an agency: such a co-chair has a member and no agency.
/// </summary>
public static partial class Parties
{
    public static IReadOnlyList<Party> Read(string list)
    {
        var parties = new List<Party>();
        foreach (var part in Split(list))
        {
            if (Members.Table.FindFirst(part) is not { } member) continue;
            if (parties.Any(p => p.Member == member.Canonical)) continue;
            parties.Add(new Party(member.Canonical, AgencyOf(part, member.Canonical)));
        }
        return parties;
    }

    /// <summary>The parts of a list, one per co-chair: cut at ";" and where "and" or a comma opens a new person or member.</summary>
    public static IEnumerable<string> Split(string list)
    {
        var (from, start) = (0, 0);
        foreach (Match cut in Cut().Matches(list))
        {
            if (cut.Index <= from) continue;
            // "Mr X, Head, Regional Office ..., International Organization for Migration": a person's member closes their description.
            // "Department of Immigration and Emigration, Sri Lanka": an agency's member closes its description too.
            if (cut.Value.Trim() == "," && Members.Table.FindFirst(list[start..cut.Index]) is null)
            {
                from = cut.Index + cut.Length;
                continue;
            }
            yield return list[start..cut.Index];
            start = from = cut.Index + cut.Length;
        }
        if (start < list.Length) yield return list[start..];
    }

    /// <summary>The agency a part of a list names for a member already known (a line of a list of one member's agencies).</summary>
    public static string? AgencyIn(string part, string member) => AgencyOf(part, member) ?? Runs(part)
        .Select(r => TrailingConnector().Replace(Leading().Replace(r.Text, m => Members.Table.Canonicalise(m.Groups["m"].Value) == member || m.Groups["m"].Value is "The" ? "" : m.Value), "").Trim())
        .Where(p => p.Length > 0 && Headed().IsMatch(p) && !Title().IsMatch(p)).Select(p => Canonical(member, p)).FirstOrDefault();

    private static string? AgencyOf(string part, string member)
    {
        // "Indonesia (Ministry of Foreign Affairs)", "Australia's Ambassador ... (Department of Foreign Affairs and Trade)".
        foreach (Match bracket in Bracketed().Matches(part))
        {
            // "Australia (this Department)": the writer's own department, which the words do not name.
            if (Agency().IsMatch(bracket.Groups[1].Value) && !Title().IsMatch(bracket.Groups[1].Value) && !Deictic().IsMatch(bracket.Groups[1].Value)) return Canonical(member, bracket.Groups[1].Value);
        }
        string? loose = null;
        foreach (var (runIndex, runText) in Runs(part))
        {
            var phrase = runText;
            // The member written in the run ("Australian Border Force", "Indonesia's Ministry of ...", "... of the Republic of Indonesia").
            var lead = Leading().Match(phrase);
            var attached = false;
            if (lead.Success && Members.Table.Canonicalise(lead.Groups["m"].Value) == member)
            {
                if (Canonical(member, phrase) != phrase) return Canonical(member, phrase);
                phrase = phrase[lead.Length..];
                attached = true;
            }
            var of = OfMember().Match(phrase);
            if (of.Success && Members.Table.Canonicalise(of.Groups["m"].Value) == member)
            {
                phrase = phrase[..of.Index];
                attached = true;
            }
            var runEnd = runIndex + runText.Length;
            // "Viet Nam, represented by its Ministry of Public Security".
            if (!attached && RepresentedBy().IsMatch(part[..runIndex])) attached = true;
            if (!attached && (BracketAfter().Match(part, runEnd) is { Success: true } b && Members.Table.Canonicalise(b.Groups[1].Value) == member
                || CommaAfter().Match(part, runEnd) is { Success: true } c && Members.Table.Canonicalise(c.Groups[1].Value) == member
                || Before(part, runIndex, member)))
            {
                attached = true;
            }
            phrase = TrailingConnector().Replace(phrase, "").Trim();
            if (phrase.Length == 0 || !Agency().IsMatch(phrase) || Title().IsMatch(phrase)) continue;
            // "Immigration New Zealand": an agency that carries its member's name.
            if (attached || Members.Table.FindFirst(runText) is { } named && named.Canonical == member) return Canonical(member, phrase);
            loose ??= phrase;
        }
        // A person's description that names one agency and one member: "..., Regional Office for Asia and the Pacific, International Organization for Migration".
        return loose is not null && (Person().IsMatch(part) || OwnOfficial().IsMatch(part)) ? Canonical(member, loose) : null;
    }

    /// <summary>
    /// The capitalised runs of a part, each also from a member named inside it: "Senior Colonel Tran Minh Duc of Viet Nam's
    /// Ministry of Public Security" is a person, and "Viet Nam's Ministry of Public Security" an agency.
    /// </summary>
    private static IEnumerable<(int Index, string Text)> Runs(string part)
    {
        foreach (Match run in Run().Matches(part))
        {
            foreach (Match inner in MemberInside().Matches(run.Value))
            {
                if (inner.Index > 0 && Members.Table.Canonicalise(inner.Groups["m"].Value) is not null) yield return (run.Index + inner.Index, run.Value[inner.Index..]);
            }
            // "Deputy Minister for ... of the Ministry of Foreign Affairs of ...": the office, then the agency it belongs to.
            foreach (Match inner in AgencyInside().Matches(run.Value))
            {
                yield return (run.Index + inner.Groups["a"].Index, run.Value[inner.Groups["a"].Index..]);
            }
            yield return (run.Index, run.Value);
        }
    }

    /// <summary>"Indonesia's Ministry ..." or "the Indonesian Ministry ..." just before the run.</summary>
    private static bool Before(string part, int at, string member) =>
        MemberBefore().Match(part[..at]) is { Success: true } m && Members.Table.Canonicalise(m.Groups["m"].Value) == member;

    private static string Canonical(string member, string written) => Agencies.Canonicalise(member, written.Replace('\u2019', '\'').Trim());

    // A new co-chair starts after ";" or after "and"/"," where a person's title, a member, or "the Member" begins.
    [GeneratedRegex(@"\s*;\s*|\s+together\s+with\s+|\s+and\s+(?=(?:the\s+)?(?:[A-Z][\w'-]*\s+){1,2}(?:" + MemberForms + @")\b(?!'s))|(?:,\s*and|\s+and|,)\s+(?=(?:H\.\s?E\.(?=\s)|(?:Mr|Ms|Mrs|Dr|Her\s+Excellency|His\s+Excellency|the\s+Hon|The\s+Hon|the\s+(?:Ambassador|Director|Director-General|Deputy|Assistant|Secretary|Minister|Head|Chief|Commissioner)|Hon|Ambassador|Senior\s+Colonel|Colonel|General|Professor|Commander)\b)|(?:the\s+)?(?:" + MemberForms + @")(?:'s|\u2019s)?\b)")]
    private static partial Regex Cut();

    private const string MemberForms =
        "Afghanistan|Australia|Australian|Bangladesh|Bhutan|Brunei|Cambodia|China|Fiji|France|India|Indonesia|Indonesian|Iran|Iraq|Japan|Jordan|Kiribati|Lao|Laos|Malaysia|Malaysian|Maldives|Mongolia|Myanmar|Nauru|Nepal|New\\s+Zealand|Pakistan|Palau|Papua\\s+New\\s+Guinea|Philippines|Philippine|Republic\\s+of\\s+Korea|Samoa|Singapore|Solomon\\s+Islands|Sri\\s+Lanka|Sri\\s+Lankan|Syria|Thailand|Thai|Timor-Leste|Tonga|Turkey|T\u00fcrkiye|United\\s+Arab\\s+Emirates|United\\s+States|Vanuatu|Viet\\s+Nam|Vietnam|Vietnamese|International\\s+Organi[sz]ation\\s+for\\s+Migration|IOM|UNHCR|UNODC";

    // A run of capitalised words joined by of/for/and/on/the; a role ("Co-Chair") ends it.
    [GeneratedRegex(@"(?<![\w-])[A-Z][\w'\u2019-]*(?:\s+(?:(?:of|for|and|on|the)\s+)*(?!Co-Chair)[A-Z][\w'\u2019-]*)*")]
    private static partial Regex Run();

    // Nouns that make a capitalised phrase a government body rather than a title or a role.
    [GeneratedRegex(@"\b(?:Ministry|Department|Force|Office|Agency|Police|Commission|Directorate|Service|Bureau|Authority|Council|Customs|Centre|Center|Immigration\s+New\s+Zealand|Border\s+Force|Home\s+Affairs)\b")]
    private static partial Regex Agency();

    // A person's office: "Minister for ...", "Ambassador for ...", "Director General of ...", "Head, ...".
    [GeneratedRegex(@"^(?:(?:the\s+)?(?:Deputy|Assistant|First|Acting|Senior|Chief|Foreign|Vice)\s+)*(?:Minister|Ministers|Ambassador|Director|Director-General|Secretary|Head|Counsellor|Commander|Consul|Consul-General|Chairman|Chair|Co-Chair|Co-Manager|President|Officer|Commissioner|Adviser|Advisor|Colonel|General)\b")]
    private static partial Regex Title();

    // An agency's name starts or ends with its kind: "Department of Home Affairs", "Attorney-General's Department".
    [GeneratedRegex(@"^(?:[A-Z][a-z]+\s+)?(?:Ministry|Department|Office|Directorate|Bureau|Commission|Agency)\b|\b(?:Ministry|Department|Force|Office|Agency|Police|Commission|Directorate|Service|Bureau|Authority|Council|Customs|Centre|Center)$|^Immigration\s+New\s+Zealand$")]
    private static partial Regex Headed();

    [GeneratedRegex(@"\(([^()]{3,90})\)")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"^(?:[Tt]he\s+)?(?<m>[A-Z][\w-]*(?:\s+(?:New\s+Guinea|Zealand|Lanka|Nam|Arab\s+Emirates|States))?)(?:'s|\u2019s)?\s+")]
    private static partial Regex Leading();

    [GeneratedRegex(@"\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?(?<m>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s*$")]
    private static partial Regex OfMember();

    [GeneratedRegex(@"\G\s*\(([A-Z][\w\s-]{2,40})\)")]
    private static partial Regex BracketAfter();

    [GeneratedRegex(@"\s(?:of|at)\s+(?:the\s+)?(?<a>(?:[A-Z][\w'-]*\s+){0,3}(?:Ministry|Department|Office|Directorate|Bureau|Commission|Agency|Force|Police|Service|Centre|Center|Council|Authority)\b)")]
    private static partial Regex AgencyInside();

    [GeneratedRegex(@"(?<=\s)(?<m>[A-Z][\w-]*(?:\s+(?:Zealand|Lanka|Nam))?)(?:'s|\u2019s)\s")]
    private static partial Regex MemberInside();

    [GeneratedRegex(@"\G,\s*(?:the\s+)?([A-Z][\w-]+(?:\s+(?:(?:for|of|the)\s+)*[A-Z][\w-]+){0,5})\s*(?:[,.;]|$)")]
    private static partial Regex CommaAfter();

    [GeneratedRegex(@"(?:^|\s)(?:the\s+)?(?<m>[A-Z][\w-]*(?:\s+(?:Zealand|Lanka|Nam))?)(?:'s|\u2019s)?\s+$")]
    private static partial Regex MemberBefore();

    [GeneratedRegex(@"^\s*(?:H\.\s?E\.(?=\s)|(?:Mr|Ms|Mrs|Dr|Her\s+Excellency|His\s+Excellency|the\s+Hon|Hon|Ambassador|Senior\s+Colonel|Professor|the\s+(?:Ambassador|Director|Director-General|Deputy|Assistant|Secretary|Minister|Head|Chief|Commissioner))\b)")]
    private static partial Regex Person();

    [GeneratedRegex(@"(?:\s+(?:of|for|and|on|the))+$")]
    private static partial Regex TrailingConnector();

    // "Indonesia's Director General for Multilateral Affairs, Ministry of Foreign Affairs": an official of a member, then the agency.
    [GeneratedRegex(@"^\s*(?:the\s+)?[A-Z][\w-]*(?:\s+(?:Zealand|Lanka|Nam))?(?:'s|\u2019s)\s+(?:Deputy\s+|Assistant\s+|Acting\s+)?(?:Minister|Ambassador|Director|Director-General|Secretary|Head|Commissioner|Chief)\b")]
    private static partial Regex OwnOfficial();

    [GeneratedRegex(@"^\s*(?:this|that|our|my|its)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Deictic();

    [GeneratedRegex(@"\b(?:represented\s+by|through)\s+(?:its\s+|the\s+|their\s+)?$")]
    private static partial Regex RepresentedBy();
}
