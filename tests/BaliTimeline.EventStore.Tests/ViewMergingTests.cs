using BaliTimeline.Facts;
using BaliTimeline.EventStore.Views;
using BaliTimeline.EventStore.Ledger;

namespace BaliTimeline.EventStore.Tests;

/// <summary>
/// The registers are pure functions of facts: what several documents say of one meeting, guide or seat is one
/// entry with every document as evidence, and a vaguer statement never undoes a precise one.
/// </summary>
public sealed class ViewMergingTests
{
    private const string Tip = "Working Group on Trafficking in Persons";
    private const string Guide = "Policy Guide on Following the Money in Trafficking in Persons Cases";
    private static readonly DateOnly Later = new(2030, 1, 1);
    private static long sequence;

    [Fact]
    public void a_meeting_reported_exactly_by_one_document_and_on_or_before_by_another_is_one_entry_with_both_sources()
    {
        var facts = new[]
        {
            Record(new MeetingHeld(null, Tip, 4, PartialDate.Parse("2018-05-16"), DateBasis.Stated, "Bangkok", "Thailand", null, Quote("a.txt"))),
            Record(new MeetingHeld("Fourth Annual Meeting", Tip, 4, PartialDate.Parse("../2019-01-31"), DateBasis.Document, null, null, null, Quote("b.txt"))),
        };

        var entry = Assert.Single(MeetingTimeline.Answer(facts, new DateOnly(2018, 1, 1), new DateOnly(2018, 12, 31)));

        Assert.Equal(("2018-05-16", "Fourth Annual Meeting", "Bangkok"), (entry.Date.ToString(), entry.Name, entry.Location));
        Assert.Equal(["a.txt", "b.txt"], entry.Sources.Select(s => s.Document));
    }

    [Fact]
    public void a_report_that_agrees_with_two_meetings_of_one_name_joins_the_one_reported_first()
    {
        var facts = new[]
        {
            Record(new MeetingHeld("Regional Roundtable", null, null, PartialDate.Parse("2018-05"), DateBasis.Stated, null, null, null, Quote("a.txt"))),
            Record(new MeetingHeld("Regional Roundtable", null, null, PartialDate.Parse("2018-07"), DateBasis.Stated, null, null, null, Quote("b.txt"))),
            Record(new MeetingHeld("Regional Roundtable", null, null, PartialDate.Parse("2018"), DateBasis.Stated, null, null, null, Quote("c.txt"))),
            Record(new MeetingHeld("Regional Roundtable", null, null, PartialDate.Parse("../2018-06-30"), DateBasis.Document, null, null, null, Quote("d.txt"))),
        };

        var entries = MeetingTimeline.Answer(facts, new DateOnly(2018, 1, 1), new DateOnly(2018, 12, 31));

        Assert.Equal([("2018-05", "a.txt c.txt d.txt"), ("2018-07", "b.txt")],
            entries.Select(e => (e.Date.ToString(), string.Join(' ', e.Sources.Select(s => s.Document)))));
    }

    [Fact]
    public void a_meeting_with_no_date_or_only_a_bound_is_not_placed_in_a_window()
    {
        var facts = new[]
        {
            Record(new MeetingHeld("Ninth Annual Meeting of the TFPP", "Task Force on Planning and Preparedness", 9, null, DateBasis.NotStated, null, null, null, Quote("a.txt"))),
            Record(new MeetingHeld("12th Ad Hoc Senior Officials Meeting", "Ad Hoc Group", 12, PartialDate.Parse("../2018-05-16"), DateBasis.Document, null, null, null, Quote("b.txt"))),
        };

        Assert.Empty(MeetingTimeline.Answer(facts, new DateOnly(2017, 1, 1), new DateOnly(2020, 12, 31)));
    }

    [Fact]
    public void an_endorsement_dated_on_or_before_merges_with_the_same_endorsement_dated_exactly()
    {
        var facts = new[]
        {
            Record(new GuideEndorsed(Guide, "12th Ad Hoc Senior Officials Meeting", PartialDate.Parse("../2018-05-16"), DateBasis.Document, Quote("a.txt"))),
            Record(new GuideEndorsed(Guide, null, PartialDate.Parse("2018-03"), DateBasis.Stated, Quote("b.txt"))),
            Record(new GuideStatusNoted(Guide, GuideStatus.Draft, PartialDate.Parse("2017-05-26"), DateBasis.Meeting, Quote("c.txt"))),
        };

        var guide = Assert.Single(GuideRegister.Answer(facts, Later));

        Assert.Equal([("Draft", "2017-05-26", 1), ("Endorsed", "2018-03", 2)],
            guide.History.Select(h => (h.Status.ToString(), h.Date.ToString(), h.Sources.Count)));
        Assert.Equal(("2018-03", "12th Ad Hoc Senior Officials Meeting"), (guide.Since.ToString(), guide.EndorsedBy));
    }

    [Fact]
    public void a_later_mention_of_a_member_without_its_agency_never_replaces_the_agency_known()
    {
        var facts = new[]
        {
            Record(new CoChairChanged(Tip, "Australia", "Department of Home Affairs", PartialDate.Parse("2018-05-16"), DateBasis.Stated, Quote("a.txt"))),
            Record(new CoChairChanged(Tip, "Australia", null, PartialDate.Parse("2019-06"), DateBasis.Stated, Quote("b.txt"))),
        };

        var seat = Assert.Single(CoChairRegister.Answer(facts, Tip, Later).Current);

        Assert.Equal(("Department of Home Affairs", "2018-05-16"), (seat.Agency, seat.Since.ToString()));
        Assert.Equal(["a.txt", "b.txt"], seat.Sources.Select(s => s.Document));
    }

    private static Evidence Quote(string document) => new(document, $"a sentence of {document}", 0, 10);

    private static FactRecord Record(Fact fact) => new(Guid.NewGuid(), fact.Evidence.Document, Interlocked.Increment(ref sequence), DateTimeOffset.UnixEpoch, fact);
}
