using BaliTimeline.Corpus.Calendar;
using BaliTimeline.Corpus.Expected;
using BaliTimeline.Corpus.World;

namespace BaliTimeline.Corpus.Writing;

/// <summary>
/// Sentences about guides and other products, each with the status its verb gives: endorsed, launched, published,
/// completed, draft, or to be endorsed out of session. A guide only asked for ("asked the RSO to prepare a guide on
/// ...") is said as the genre says it, but is not a fact.
/// </summary>
public static class GuideSentences
{
    public static string Any(Composition c)
    {
        var r = c.Random;
        var name = Products.Name(r);
        for (var tries = 0; !c.Claim("product " + name) && tries < 5; tries++) name = Products.Name(r);
        var bali = r.Chance(0.3) && !name.StartsWith("Guide", StringComparison.Ordinal) ? "Bali Process " : "";
        var written = bali + name;
        var subject = Voices.Subject(c);
        var main = c.Main;
        var meetingDay = c.Scene.MainStart;
        var documentDate = c.Scene.GoldDocumentDate;
        var earlier = Draw.DayBetween(r, c.Scene.DocumentDate.AddYears(-3), c.Scene.DocumentDate.AddDays(-40));
        var by = main.Body.Standing ? main.Body.GoldName : null;

        var status = r.Weighted((5, "endorsed"), (2, "endorsed-earlier"), (1, "approved"), (3, "launched"), (4, "draft"), (2, "completed"), (2, "published"), (1, "to-be-endorsed"));
        (string Sentence, string Quote, ExpectedGuide Fact) Make(string sentence, string quote, string goldStatus, string? by, string? date, string? notLaterThan) =>
            (sentence, quote, new ExpectedGuide(written, goldStatus, by, date, notLaterThan, quote));

        var (text, _, fact) = status switch
        {
            "endorsed" when main.Body.Standing => r.Weighted<Func<(string, string, ExpectedGuide)>>(
                (3, () => { var s = $"{subject} endorsed the {written}."; return Make(s, s, "endorsed", by, meetingDay, null); }),
                (2, () => { var q = $"{subject} endorsed the {written}"; return Make(q + ", which the RSO had prepared with a drafting committee of members.", q, "endorsed", by, meetingDay, null); }),
                (2, () => { var s = $"The {written} was endorsed by {subject.ToLowerInvariant()}."; return Make(s, s, "endorsed", by, meetingDay, null); }))(),
            "approved" when main.Body.Standing => r.Weighted<Func<(string, string, ExpectedGuide)>>(
                (2, () => { var s = $"{subject} approved the {written}."; return Make(s, s, "approved", by, meetingDay, null); }),
                (1, () => { var q = $"{subject} approved the {written}"; return Make(q + $" for use in training on {r.Pick(Topics.Issues)}.", q, "approved", by, meetingDay, null); }))(),
            "endorsed" or "endorsed-earlier" or "approved" => r.Weighted<Func<(string, string, ExpectedGuide)>>(
                (2, () => { var q = $"the {written}, endorsed in {earlier.Year}"; return Make($"{subject} agreed to keep promoting {q}, including through national training.", q, "endorsed", null, Days.IsoYear(earlier), null); }),
                (1, () => { var q = $"the {written}, which senior officials endorsed in {DateWriting.MonthYear(earlier)}"; return Make($"The RSO reported on training delivered on {q}.", q, "endorsed", "senior officials", Days.IsoMonth(earlier), null); }))(),
            "launched" => r.Weighted<Func<(string, string, ExpectedGuide)>>(
                (2, () => { var q = $"the Co-Chairs launched the {written}"; return Make($"At the close of {Voices.Reference(c)} {q}, a practical tool for frontline officers.", q, "launched", "Co-Chairs", Days.Iso(main.Days.Last), null); }),
                (2, () => { var q = $"the launch in {DateWriting.MonthYear(earlier)} of the {written}"; return Make($"{subject} welcomed {q}.", q, "launched", null, Days.IsoMonth(earlier), null); }))(),
            "draft" => r.Weighted<Func<(string, string, ExpectedGuide)>>(
                (2, () => { var q = $"The RSO presented a draft {written}"; return Make(q + $", which draws on the experience of members on {r.Pick(Topics.Issues)}.", q, "draft", null, null, documentDate); }),
                (2, () => { var q = $"the latest draft of the {written}"; return Make($"The RSO took members through {q}.", q, "draft", null, null, documentDate); }),
                (1, () => { var q = $"discussed the draft {written}"; return Make($"{subject} {q} section by section and agreed a number of amendments.", q, "draft", null, null, documentDate); }))(),
            "completed" => r.Weighted<Func<(string, string, ExpectedGuide)>>(
                (1, () => { var q = $"{subject} noted the completion of the {written}"; return Make(q + ".", q, "completed", null, null, documentDate); }),
                (1, () => { var q = $"the completion of the {written}"; return Make($"{subject} welcomed {q} and asked the RSO to promote it widely.", q, "completed", null, null, documentDate); }))(),
            "published" => r.Weighted<Func<(string, string, ExpectedGuide)>>(
                (1, () => { var q = $"The RSO published the {written} in {DateWriting.MonthYear(earlier)}"; return Make(q + ".", q, "published", "RSO", Days.IsoMonth(earlier), null); }),
                (1, () => { var q = $"the {written}, published by the RSO in {DateWriting.MonthYear(earlier)}"; return Make($"{subject} commended {q}.", q, "published", "RSO", Days.IsoMonth(earlier), null); }))(),
            _ => r.Weighted<Func<(string, string, ExpectedGuide)>>(
                (1, () => { var q = $"the {written} would be endorsed out of session"; return Make($"{subject} agreed that {q} once final comments had been received.", q, "to-be-endorsed", null, null, documentDate); }))(),
        };
        c.Expect(fact);
        return text;
    }

    /// <summary>A product only asked for: not a fact until it exists.</summary>
    public static string Commissioned(Composition c)
    {
        var r = c.Random;
        var kind = r.Pick(["a short guide", "a toolkit", "a set of practical guidelines", "a handbook"]);
        var issue = r.Pick(Topics.Issues);
        var quote = r.Weighted(
            (1, $"{Voices.Subject(c)} asked the RSO to prepare {kind} on {issue}"),
            (1, $"{Voices.Subject(c)} agreed to develop {kind} on {issue}"));
        c.Note(new OtherFact("GuideCommissioned", $"{kind} on {issue} asked for, not yet drafted", null, quote));
        return quote + r.Weighted((1, ", to be presented at the next meeting."), (1, " for frontline officers."), (1, "."));
    }
}
