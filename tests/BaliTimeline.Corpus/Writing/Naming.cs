using BaliTimeline.Corpus.Randomness;
using BaliTimeline.Corpus.World;

namespace BaliTimeline.Corpus.Writing;

/// <summary>How the text names co-chairs, in each <see cref="CoChairStyle"/>, and small helpers for sentences.</summary>
public static class Naming
{
    private static readonly HashSet<string> Women =
    [
        "Dewi", "Ratna", "Siti", "Ayu", "Indah", "Nurul", "Sarah", "Catherine", "Emma", "Rebecca", "Louise", "Helen", "Grace", "Aroha",
        "Claire", "Dilani", "Shanika", "Mei Ling", "Thi Lan", "Thu Ha", "Kanchana", "Pattama", "Suda", "Maria", "Ana", "Cristina",
    ];

    public static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    /// <summary>A co-chair inside a sentence, as its style says.</summary>
    public static string Of(CoChair c, SplitMix64 random)
    {
        var m = c.Member;
        switch (c.Style)
        {
            case CoChairStyle.Country:
                return m.InText;
            case CoChairStyle.CountryAndAgency:
                return $"{m.InText} ({c.Agency!.Name})";
            case CoChairStyle.Agency:
                return AgencyOf(c, random);
            case CoChairStyle.PersonWithAgency:
            {
                var agency = random.Weighted<Func<string>>(
                    (2, () => $"{c.Office}, {Plain(AgencyOf(c, random))}"),
                    (2, () => $"{c.Office} at {AgencyOf(c, random)}"),
                    (1, () => $"{c.Office}, {c.Agency!.Name} ({m.InText})"))();
                return $"{Honorific(c.Person!, random)} {c.Person}, {agency}";
            }
            case CoChairStyle.PersonWithOffice:
                return $"{Honorific(c.Person!, random)} {c.Person}, {m.Possessive} {c.Office}";
            default:
                return m == Members.Australia
                    ? $"the Hon {c.Person} MP, Minister for Foreign Affairs of Australia"
                    : $"H.E. {c.Person}, Minister for Foreign Affairs of {m.Formal}";
        }
    }

    /// <summary>"Indonesia's Ministry of Foreign Affairs", "the Australian Department of Home Affairs", "the Ministry of Foreign Affairs of the Republic of Indonesia".</summary>
    public static string AgencyOf(CoChair c, SplitMix64 random)
    {
        var (m, a) = (c.Member, c.Agency!);
        if (a.NamesCountry) return a.WithArticle;
        return random.Weighted<Func<string>>(
            (3, () => $"{m.Possessive} {a.Name}"),
            (2, () => $"the {m.Adjective} {a.Name}"),
            (2, () => $"the {a.Name} of {m.Formal}"))();
    }

    /// <summary>Two or more co-chairs joined as a list: "A and B"; officials with titles take a comma: "A, and B".</summary>
    public static string Pair(IReadOnlyList<CoChair> coChairs, SplitMix64 random)
    {
        var names = coChairs.Select(c => Of(c, random)).ToArray();
        var comma = coChairs.Any(c => c.Style is CoChairStyle.PersonWithAgency or CoChairStyle.PersonWithOffice or CoChairStyle.Minister) ? "," : "";
        return names.Length == 1 ? names[0] : $"{string.Join(", ", names[..^1])}{comma} and {names[^1]}";
    }

    /// <summary>Co-chairs as a list names them when the list is about members: "Indonesia and Australia".</summary>
    public static string Countries(IReadOnlyList<CoChair> coChairs) =>
        string.Join(" and ", coChairs.Select(c => c.Member.InText));

    private static string Plain(string agency) => agency.StartsWith("the ", StringComparison.Ordinal) ? Capitalise(agency[4..]) : agency;

    private static string Honorific(string person, SplitMix64 random) =>
        random.Chance(0.15) ? "Dr" : Women.Contains(person.Split(' ')[0]) || Women.Contains(string.Join(' ', person.Split(' ').Skip(1))) ? "Ms" : "Mr";
}
