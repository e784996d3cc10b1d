using BaliTimeline.Contracts;
using BaliTimeline.EventStore.Ingestion;
using BaliTimeline.EventStore.Queries;
using BaliTimeline.Extraction.Names;
using BaliTimeline.Facts;
using BaliTimeline.Service.Questions;
using BaliTimeline.Tests;

namespace BaliTimeline.Service.Tests;

/// <summary>The auditors' questions asked of the five seeds, with the answers worked out by reading the documents.</summary>
public sealed class AuditorQuestionTests(PostgresServer server) : IAsyncLifetime
{
    private readonly TimelineDatabase database = new(server);

    private TimelineQueries Queries => database.Queries;

    private static TimelineQuestion AsOf(string day) => TimelineQuestion.Parse(day, null, null, DateTimeOffset.UtcNow);

    public async ValueTask InitializeAsync()
    {
        await database.Store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        await new DocumentIngester(database.Store).IngestPathAsync(Repository.Seeds);
    }

    public ValueTask DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task as_of_2019_the_follow_the_money_guide_and_its_training_module_are_certainly_endorsed_with_their_evidence()
    {
        var answer = await EndorsedQuery.AskAsync(Queries, AsOf("2019"));

        Assert.Equal([GuideNames.FollowTheMoney, $"Training module for the {GuideNames.FollowTheMoney}"], answer.Answer.Select(g => g.Guide));
        var guide = answer.Answer[0];
        Assert.Equal((GuideNames.FollowTheMoney, GuideStatus.Endorsed, "../2018-05-16", Certainty.Certain, "12th Ad Hoc Senior Officials Meeting"),
            (guide.Guide, guide.Status, guide.Since.ToString(), guide.Certainty, guide.EndorsedBy));
        var source = guide.History.Single(h => h.Status == GuideStatus.Endorsed).Sources[0];
        Assert.Equal("000_5a3cddb5e2e22b48.txt", source.Document);
        Assert.StartsWith("The guide and module were endorsed at the 12th Ad Hoc Senior Officials Meeting", source.Quote);
        Assert.Equal(new DateOnly(2019, 12, 31), answer.AsOf);
    }

    [Fact]
    public async Task before_the_may_2018_report_the_endorsement_is_only_possible_because_the_report_bounds_it_from_above()
    {
        var guides = (await EndorsedQuery.AskAsync(Queries, AsOf("2018-04-30"))).Answer;

        Assert.Equal(2, guides.Count);
        Assert.All(guides, guide => Assert.Equal((GuideStatus.Endorsed, Certainty.Possible), (guide.Status, guide.Certainty)));
    }

    [Fact]
    public async Task on_10_november_2020_the_compendium_was_a_draft_pending_endorsement_out_of_session_not_endorsed()
    {
        var register = (await GuidesQuery.AskAsync(Queries, AsOf("2020-11-10"))).Answer;
        var endorsed = (await EndorsedQuery.AskAsync(Queries, AsOf("2020-11-10"))).Answer;

        var compendium = register.Single(g => g.Guide == GuideNames.SupplyChainsCompendium);
        Assert.Equal((GuideStatus.EndorsementPending, "2020-11-10", Certainty.Certain), (compendium.Status, compendium.Since.ToString(), compendium.Certainty));
        Assert.Equal([GuideStatus.Draft, GuideStatus.EndorsementPending], compendium.History.Select(h => h.Status));
        Assert.DoesNotContain(endorsed, g => g.Guide == GuideNames.SupplyChainsCompendium);
    }

    [Fact]
    public async Task in_mid_2018_the_working_group_was_co_chaired_by_indonesias_foreign_ministry_and_australias_home_affairs()
    {
        var coChairs = (await CoChairsQuery.AskAsync(Queries, "TIPWG", AsOf("2018-06-30"))).Answer;

        Assert.Equal(BodyNames.TraffickingWorkingGroup, coChairs.Body);
        Assert.Equal(
        [
            ("Australia", "Department of Home Affairs", "2018-05-16", Certainty.Certain),
            ("Indonesia", "Ministry of Foreign Affairs", "2017-05-26", Certainty.Certain),
        ], coChairs.Current.Select(s => (s.Member, s.Agency, s.Since.ToString(), s.Certainty)));
        Assert.Equal(["001_17d9fbada25a2b9d.txt", "000_5a3cddb5e2e22b48.txt"], coChairs.Current.Single(s => s.Member == "Indonesia").Sources.Select(s => s.Document));
    }

    [Fact]
    public async Task australias_agency_for_the_working_group_moves_from_the_attorney_generals_department_to_home_affairs_to_the_border_force()
    {
        var coChairs = (await CoChairsQuery.AskAsync(Queries, "Working Group on Trafficking in Persons", AsOf("2021"))).Answer;

        Assert.Equal(
        [
            ("Attorney-General's Department", "2017-05-26"),
            ("Department of Home Affairs", "2018-05-16"),
            ("Australian Border Force", "2020-11-10"),
        ], coChairs.History.Where(p => p.Member == "Australia").Select(p => (p.Agency, p.From.ToString())));
        Assert.Equal("Australian Border Force", coChairs.Current.Single(s => s.Member == "Australia").Agency);
    }

    [Fact]
    public async Task before_any_document_speaks_of_it_a_body_has_no_known_co_chairs_and_an_unknown_body_is_unknown()
    {
        Assert.Empty((await CoChairsQuery.AskAsync(Queries, "WG-TIP", AsOf("2016-12-31"))).Answer.Current);
        await Assert.ThrowsAsync<UnknownResourceException>(() => CoChairsQuery.AskAsync(Queries, "Working Group on Fishing", AsOf("2019")));
    }

    [Fact]
    public async Task at_the_end_of_2020_no_work_plan_is_known_to_be_in_force_the_2017_19_plan_has_ended_and_2020_22_is_a_draft()
    {
        var tip = (await WorkPlansQuery.AskAsync(Queries, AsOf("2020-12-31"))).Answer.Single(b => b.Body == BodyNames.TraffickingWorkingGroup);

        Assert.Null(tip.InForce);
        // The 2024-26 plan was adopted at the 10th annual meeting, in the week of 18-21 November 2024: not yet in 2020.
        Assert.Equal(
        [
            (2017, 2019, WorkPlanStatus.Adopted, "2017-05-26", Certainty.Certain),
            (2020, 2022, WorkPlanStatus.Draft, "2020-11-10", Certainty.Certain),
        ], tip.Plans.Select(p => (p.FirstYear, p.LastYear, p.Status, p.Since.ToString(), p.Certainty)));
    }

    [Fact]
    public async Task in_mid_2018_the_2017_19_plan_was_in_force_and_by_2025_the_2024_26_plan_adopted_at_the_10th_meeting()
    {
        var in2018 = (await WorkPlansQuery.AskAsync(Queries, AsOf("2018-06-30"))).Answer.Single(b => b.Body == BodyNames.TraffickingWorkingGroup);
        var in2025 = (await WorkPlansQuery.AskAsync(Queries, AsOf("2025-01-01"))).Answer.Single(b => b.Body == BodyNames.TraffickingWorkingGroup);

        Assert.Equal((2017, 2019), (in2018.InForce!.FirstYear, in2018.InForce.LastYear));
        Assert.Equal((2024, 2026, "10th annual meeting", Certainty.Certain), (in2025.InForce!.FirstYear, in2025.InForce.LastYear, in2025.InForce.AdoptedAt, in2025.InForce.Certainty));
    }

    [Fact]
    public async Task the_timeline_from_2017_to_2020_lists_every_documents_meetings_in_valid_time_order()
    {
        var meetings = (await MeetingsQuery.AskAsync(Queries, new MeetingWindow(new DateOnly(2017, 1, 1), new DateOnly(2020, 12, 31)), AsOf("2026"))).Answer;

        Assert.Equal(
        [
            "2017-05-23/2017-05-24 Bali Process Consultation Workshop on the Policy Guide on Following the Money in Trafficking in Persons Cases",
            "2017-05-26 Working Group on Trafficking in Persons #3",
            "2018-05-14/2018-05-15 Bali Process Government and Civil Society Roundtable",
            "2018-05-16 Working Group on Trafficking in Persons #4",
            "2020-11-05 Bali Process Workshop on the Compendium of Good Practice Examples to Combat Exploitation in Supply Chains",
            "2020-11-10 Working Group on Trafficking in Persons #6",
        ], meetings.Select(m => $"{m.Date} {(m.Ordinal is { } n ? $"{m.Body} #{n}" : m.Name)}"));
        Assert.All(meetings, m => Assert.NotEmpty(m.Sources));
    }

    [Fact]
    public async Task the_same_watermark_gives_the_same_answer_after_more_documents_arrive()
    {
        var first = await GuidesQuery.AskAsync(Queries, AsOf("2030"));
        using var folder = new TemporaryFolder();
        await new DocumentIngester(database.Store).IngestPathAsync(folder.Write("later.txt",
            "Date: 1 March 2025\n\nMembers endorsed the Bali Process Policy Guide on Returns and Reintegration."));

        var pinned = await GuidesQuery.AskAsync(Queries, TimelineQuestion.Parse("2030", null, first.RecordedTime.Watermark.ToString(), DateTimeOffset.UtcNow));
        var now = await GuidesQuery.AskAsync(Queries, AsOf("2030"));

        Assert.Equal(Json(first), Json(pinned));
        Assert.NotEqual(Json(first), Json(now));
        Assert.True(now.RecordedTime.Watermark > first.RecordedTime.Watermark);
    }

    private static string Json<T>(T value) => System.Text.Json.JsonSerializer.Serialize(value);
}
