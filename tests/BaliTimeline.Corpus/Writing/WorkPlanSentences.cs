using System.Globalization;
using BaliTimeline.Corpus.Calendar;
using BaliTimeline.Corpus.Expected;
using BaliTimeline.Corpus.World;

namespace BaliTimeline.Corpus.Writing;

/// <summary>
/// Sentences about a body's work plan for a period: adopted at the meeting, approved earlier, in force (only reported
/// on, so adopted with no date), or tabled as a draft.
/// </summary>
public static class WorkPlanSentences
{
    public static string Any(Composition c)
    {
        var r = c.Random;
        var main = c.Main;
        var year = main.Days.Start.Year;
        var owner = main.Body.Key is BodyKey.TraffickingWorkingGroup or BodyKey.DisruptionWorkingGroup or BodyKey.ReturnsExpertsGroup
            or BodyKey.TaskForce or BodyKey.BusinessForum && r.Chance(0.75) ? main.Body : Bodies.RegionalSupportOffice;
        var use = main.Body.Standing
            ? r.Weighted((5, "adopted"), (3, "in-force"), (2, "approved-earlier"), (3, "draft"))
            : r.Weighted((1, "in-force"), (1, "approved-earlier"));
        // Only the Regional Support Office's plans are approved by the Co-Chairs between meetings.
        if (use == "approved-earlier" && owner.Key != BodyKey.RegionalSupportOffice) use = "in-force";
        var length = owner.Key == BodyKey.RegionalSupportOffice ? r.Weighted((3, 1), (2, 2)) : r.Weighted((1, 1), (4, 2), (1, 3));
        var first = use switch
        {
            "in-force" => year - r.Between(0, length - 1),
            "approved-earlier" => year,
            "draft" => year + 1,
            _ => year + r.Between(0, 1),
        };
        var last = first + length;
        if (!c.Claim($"plan {owner.Key} {first}")) return "";
        var period = Period(first, last, r);
        var title = Title(owner, period, r);
        var subject = Voices.Subject(c);
        var meetingDay = c.Scene.MainStart;
        var approved = Draw.DayBetween(r, new DateOnly(year, 1, 1), c.Scene.DocumentDate.AddDays(-30));

        var (sentence, quote, status, date) = use switch
        {
            "adopted" => r.Weighted<Func<(string, string, string, string?)>>(
                (3, () => { var s = $"{subject} adopted the {title}."; return (s, s, "adopted", meetingDay); }),
                (2, () => { var s = $"{subject} approved the {title}."; return (s, s, "adopted", meetingDay); }),
                (1, () => { var s = $"{subject} endorsed the {title}."; return (s, s, "adopted", meetingDay); }),
                (1, () => { var q = $"members finalised the {title}"; return ($"Before closing, {q}.", q, "adopted", meetingDay); }),
                (2, () => { var q = $"{subject} adopted the {title}"; return (q + $", which sets out {Ordinals.CountWord(r.Between(3, 6)).ToLowerInvariant()} priorities, including {r.Pick(Topics.Issues)}.", q, "adopted", meetingDay); }),
                (owner.Key == BodyKey.BusinessForum ? 3 : 0, () => { var q = $"participants endorsed, a {title}"; return ($"Business leaders presented, and {q}.", q, "adopted", meetingDay); }))(),
            "in-force" => r.Weighted<Func<(string, string, string, string?)>>(
                (2, () => { var q = $"{subject} reviewed implementation of the {title}"; return (q + ".", q, "adopted", null); }),
                (2, () => { var q = $"progress against the {title}"; return ($"{subject} noted {q} and agreed to keep it under review.", q, "adopted", null); }),
                (1, () => { var q = $"under the {title}"; return ($"Action item leads reported on the work delivered {q}.", q, "adopted", null); }))(),
            "approved-earlier" => r.Weighted<Func<(string, string, string, string?)>>(
                (1, () => { var q = $"the {title}, which the Bali Process Co-Chairs approved in {DateWriting.MonthYear(approved)}"; return ($"The RSO's programme followed {q}.", q, "adopted", Days.IsoMonth(approved)); }))(),
            _ => r.Weighted<Func<(string, string, string, string?)>>(
                (2, () => { var q = $"The Co-Chairs tabled a draft {title}"; return (q + ".", q, "draft", meetingDay); }),
                (1, () => { var q = $"a first draft of the {title}"; return ($"{subject} reviewed {q} and will send written comments to the Co-Chairs.", q, "draft", meetingDay); }))(),
        };
        c.Expect(new ExpectedWorkPlan(owner.GoldName, title, $"{first.ToString(CultureInfo.InvariantCulture)}-{last.ToString(CultureInfo.InvariantCulture)}", status, date, quote));
        return sentence;
    }

    /// <summary>"2019-2021", "2019–2021", "2019-21", "2019–21".</summary>
    private static string Period(int first, int last, Randomness.SplitMix64 r)
    {
        var dash = r.Chance(0.6) ? "-" : "\u2013";
        var end = r.Chance(0.5) ? last.ToString(CultureInfo.InvariantCulture) : (last % 100).ToString("00", CultureInfo.InvariantCulture);
        return $"{first.ToString(CultureInfo.InvariantCulture)}{dash}{end}";
    }

    private static string Title(Body owner, string period, Randomness.SplitMix64 r) => owner.Key switch
    {
        BodyKey.TraffickingWorkingGroup or BodyKey.ReturnsExpertsGroup => r.Weighted((3, $"Forward Work Plan {period}"), (1, $"{owner.Acronym} Forward Work Plan {period}")),
        BodyKey.DisruptionWorkingGroup => r.Weighted((2, $"Work Plan {period}"), (1, $"DWG Work Plan {period}")),
        BodyKey.TaskForce => r.Weighted((1, $"Task Force on Planning and Preparedness Work Plan {period}"), (1, $"TFPP Work Plan {period}")),
        BodyKey.BusinessForum => $"Forum Work Plan for {period}",
        _ => r.Weighted((2, $"RSO Work Plan {period}"), (1, $"RSO Annual Work Plan {period}")),
    };
}
