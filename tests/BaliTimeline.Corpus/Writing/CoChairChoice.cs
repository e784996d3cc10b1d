using BaliTimeline.Corpus.Randomness;
using BaliTimeline.Corpus.World;

namespace BaliTimeline.Corpus.Writing;

/// <summary>
/// Who co-chairs a meeting and how the text will name them. Indonesia and Australia co-chair the Process's own
/// bodies, each through the agency that fits the body (foreign ministers for conferences, home affairs and border
/// agencies for the working groups); the Disruption group and the returns experts pair a standing member with one
/// that rotates.
/// </summary>
public static class CoChairChoice
{
    public static IReadOnlyList<CoChair> For(Body body, SplitMix64 random)
    {
        var members = body.CoChairing switch
        {
            CoChairing.IndonesiaAndAustralia => random.Chance(0.7) ? new[] { Members.Indonesia, Members.Australia } : new[] { Members.Australia, Members.Indonesia },
            CoChairing.NewZealandAndRotating => Ordered(Members.NewZealand, random.Pick(Members.RotatingCoChairs), random),
            CoChairing.AustraliaAndRotating => Ordered(Members.Australia, random.Pick(Members.RotatingCoChairs), random),
            _ => Ordered(random.Pick(Members.Hosts).Member, Members.Australia, random),
        };
        if (members[0] == members[1]) members[1] = Members.Australia == members[0] ? Members.Indonesia : Members.Australia;
        var ministerial = body.Key is BodyKey.MinisterialConference or BodyKey.BusinessForum;
        var style = ministerial
            ? random.Weighted((5, CoChairStyle.Minister), (2, CoChairStyle.Country), (1, CoChairStyle.Agency))
            : random.Weighted((4, CoChairStyle.Country), (3, CoChairStyle.CountryAndAgency), (3, CoChairStyle.Agency),
                (3, CoChairStyle.PersonWithAgency), (1, CoChairStyle.PersonWithOffice));
        return members.Select(m => Make(m, body, style, ministerial, random)).ToArray();
    }

    private static Member[] Ordered(Member a, Member b, SplitMix64 random) => random.Chance(0.5) ? [a, b] : [b, a];

    private static CoChair Make(Member member, Body body, CoChairStyle style, bool ministerial, SplitMix64 random)
    {
        var agency = ministerial ? member.Agencies[0] : AgencyFor(member, body, random);
        // Officials are named only for members with invented names; the others are named by country or agency.
        if (style is CoChairStyle.PersonWithAgency or CoChairStyle.PersonWithOffice && !member.HasPeople) style = CoChairStyle.CountryAndAgency;
        // Only Australia's and New Zealand's offices are written as the country's own ("Australia's Ambassador for ...").
        if (style is CoChairStyle.PersonWithOffice && member != Members.Australia && member != Members.NewZealand) style = CoChairStyle.PersonWithAgency;
        if (style is CoChairStyle.Minister && !member.HasPeople) style = CoChairStyle.Country;
        var person = member.HasPeople ? Person(member, random) : null;
        var office = style == CoChairStyle.Minister ? "Minister for Foreign Affairs" : random.Pick(member.Offices);
        return new CoChair(member, agency, style, person, office);
    }

    private static Agency AgencyFor(Member member, Body body, SplitMix64 random)
    {
        if (member == Members.Australia)
        {
            var name = body.Key switch
            {
                BodyKey.TraffickingWorkingGroup => random.Pick(["Attorney-General's Department", "Department of Home Affairs", "Australian Border Force"]),
                BodyKey.DisruptionWorkingGroup => random.Pick(["Australian Federal Police", "Australian Border Force"]),
                BodyKey.ReturnsExpertsGroup or BodyKey.TaskForce => random.Pick(["Department of Home Affairs", "Australian Border Force"]),
                _ => "Department of Foreign Affairs and Trade",
            };
            return member.Agencies.First(a => a.Name == name);
        }
        if (member == Members.Indonesia)
        {
            return body.Key is BodyKey.DisruptionWorkingGroup or BodyKey.ReturnsExpertsGroup ? random.Pick(member.Agencies) : member.Agencies[0];
        }
        return random.Pick(member.Agencies);
    }

    private static string Person(Member member, SplitMix64 random)
    {
        var (given, family) = (random.Pick(member.GivenNames), random.Pick(member.FamilyNames));
        // Vietnamese names are written family name first.
        return member == Members.VietNam ? $"{family} {given}" : $"{given} {family}";
    }
}
