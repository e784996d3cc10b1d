using BaliTimeline.Extraction.Documents;
using BaliTimeline.Facts;
using F = BaliTimeline.Facts;

namespace BaliTimeline.Extraction.Tests;

/// <summary>
/// Documents of the genre that are not in seeds/, written for these tests: the rules must read them too, and
/// must leave out, with a reason, what they cannot read.
/// </summary>
public sealed class GenreExtractionTests
{
    private static DocumentExtraction Extract(string text, DocumentMetadata? metadata = null) =>
        DocumentExtractor.Extract("unseen.txt", text, metadata);

    [Fact]
    public void a_meeting_report_in_another_city_yields_its_meeting_and_both_co_chairs()
    {
        var extraction = Extract(
            "On 12 June 2019, the Bali Process Working Group on Trafficking in Persons (WG-TIP) met for the fifth time, in Colombo, Sri Lanka. " +
            "The meeting was co-chaired by the Indonesian Ministry of Foreign Affairs and the Australian Department of Home Affairs.");

        Assert.Equal(
        [
            "MeetingHeld Working Group on Trafficking in Persons #5 '-' 2019-06-12 Stated at Colombo, Sri Lanka -",
            "CoChairChanged Working Group on Trafficking in Persons: Indonesia = Ministry of Foreign Affairs from 2019-06-12 Stated",
            "CoChairChanged Working Group on Trafficking in Persons: Australia = Department of Home Affairs from 2019-06-12 Stated",
        ], Summaries.Of(extraction.Facts));
    }

    [Fact]
    public void a_meeting_still_to_be_held_is_not_a_meeting_held()
    {
        var extraction = Extract(
            "On 3 March 2021, members met virtually. The Seventh Annual Meeting of the TIPWG will be held in Jakarta in November 2021.");

        Assert.DoesNotContain(extraction.Facts, f => f is F.MeetingHeld { Ordinal: 7 });
        Assert.Contains(extraction.Skipped, s => s.Reason.Contains("to be held"));
    }

    [Fact]
    public void a_guide_to_be_endorsed_out_of_session_is_pending_and_never_endorsed()
    {
        var extraction = Extract(
            "On 1 July 2021, the Task Force on Planning and Preparedness met for the fourth time, in Bangkok, Thailand. " +
            "Members noted that the Policy Guide on Returns and Reintegration would be endorsed out of session.");

        Assert.DoesNotContain(extraction.Facts, f => f is F.GuideEndorsed);
        Assert.Contains("GuideStatusNoted Policy Guide on Returns and Reintegration EndorsementPending 2021-07-01 Meeting", Summaries.Of(extraction.Facts));
    }

    [Fact]
    public void a_guide_endorsed_by_members_is_endorsed_and_an_unlisted_guide_keeps_its_written_name()
    {
        var extraction = Extract(
            "Date: 9 February 2023\n\nMembers endorsed the Bali Process Policy Guide on Identifying and Protecting Victims of Trafficking. " +
            "Members also endorsed the Bali Process Guide on Ethical Recruitment in Fisheries.");

        Assert.Equal(
        [
            "GuideEndorsed Policy Guide on Identifying and Protecting Victims of Trafficking by - ../2023-02-09 Document",
            "GuideEndorsed Guide on Ethical Recruitment in Fisheries by - ../2023-02-09 Document",
        ], Summaries.Of(extraction.Facts));
    }

    [Fact]
    public void a_date_without_a_year_in_a_document_without_one_is_left_out_not_guessed()
    {
        var extraction = Extract("Members gathered in Bangkok. The Ninth Annual Meeting of the TFPP was held on 3 October in Bangkok, Thailand.");

        // The meeting was held; when is not known, and the fact says so rather than take a year from nowhere.
        Assert.Equal(["MeetingHeld Task Force on Planning and Preparedness #9 'Ninth Annual Meeting of the TFPP' - NotStated at Bangkok, Thailand -"],
            Summaries.Of(extraction.Facts));
        Assert.Contains(extraction.Skipped, s => s.Rule == "meeting" && s.Reason == "'3 October' has no year, and the document gives none");
    }

    [Fact]
    public void a_date_without_a_year_takes_the_documents_own_year_and_says_so()
    {
        var extraction = Extract("Date: 5 October 2023\n\nThe Ninth Annual Meeting of the TFPP was held on 3 October in Bangkok, Thailand.");

        Assert.Equal(
            ["MeetingHeld Task Force on Planning and Preparedness #9 'Ninth Annual Meeting of the TFPP' 2023-10-03 YearFromDocument at Bangkok, Thailand -"],
            Summaries.Of(extraction.Facts));
    }

    [Fact]
    public void a_work_plan_without_its_years_is_skipped()
    {
        var extraction = Extract("On 2 May 2022, the TFPP met for the third time. Members adopted the TFPP Forward Work Plan.");

        Assert.DoesNotContain(extraction.Facts, f => f is F.WorkPlanAdopted);
        Assert.Contains(extraction.Skipped, s => s.Rule == "work-plan" && s.Reason.Contains("years"));
    }

    [Fact]
    public void a_co_chair_introduced_by_title_and_agency_is_read_for_every_body_named()
    {
        var extraction = Extract(
            "Date: 4 March 2021\n\nJane Doe, First Assistant Secretary at the Australian Department of Home Affairs and Co-Chair of the TFPP and DWG, opened the session.");

        Assert.Equal(
        [
            // The role is stated as held when the document was written: on or before its date.
            "CoChairChanged Task Force on Planning and Preparedness: Australia = Department of Home Affairs from ../2021-03-04 Document",
            "CoChairChanged Working Group on the Disruption of People Smuggling and Trafficking in Persons Networks: Australia = Department of Home Affairs from ../2021-03-04 Document",
        ], Summaries.Of(extraction.Facts));
    }

    [Theory]
    [InlineData("TIPWG")]
    [InlineData("TIP WG")]
    [InlineData("WG-TIP")]
    [InlineData("TIP Working Group")]
    [InlineData("Trafficking in Persons Working Group")]
    [InlineData("Working Group on Trafficking in Persons")]
    public void every_way_of_writing_the_trafficking_working_group_names_one_body(string written)
    {
        var extraction = Extract($"On 8 August 2019, the {written} met for the fifth time, in Bali, Indonesia.");

        Assert.Equal("Working Group on Trafficking in Persons", Assert.IsType<F.MeetingHeld>(Assert.Single(extraction.Facts)).Body);
    }

    [Fact]
    public void a_document_with_nothing_to_read_yields_no_fact_and_no_invention()
    {
        var extraction = Extract("Members exchanged views on regional trends and thanked the hosts for their hospitality.");

        Assert.Empty(extraction.Facts);
    }

    [Fact]
    public void a_title_from_the_sidecar_is_marked_as_such_and_the_texts_own_title_wins()
    {
        var metadata = new DocumentMetadata("Sidecar title", PartialDate.Parse("2019"), null, null);

        Assert.Equal(new DocumentHeader("Sidecar title", ValueSource.Metadata, PartialDate.Parse("2019"), ValueSource.Metadata),
            Extract("Members met and exchanged views on regional trends and challenges.", metadata).Header);
        Assert.Equal(("Text Title Of The Meeting", ValueSource.Text),
            (Extract("Text Title Of The Meeting\n\nMembers met and exchanged views on regional trends and challenges.", metadata).Header.Title,
             Extract("Text Title Of The Meeting\n\nMembers met and exchanged views on regional trends and challenges.", metadata).Header.TitleSource));
    }

    [Fact]
    public void a_ministerial_conference_statement_yields_the_conference_its_ministers_as_co_chairs_and_no_strategy_as_a_guide()
    {
        var extraction = Extract(
            "Co-Chairs' Statement\nEighth Bali Process Regional Ministerial Conference\n\n" +
            "1. The Eighth Ministerial Conference of the Bali Process on People Smuggling, Trafficking in Persons and Related Transnational Crime was held in Adelaide, Australia on 10 February 2023. " +
            "The Conference was co-chaired by the Hon Penny Wong, Minister for Foreign Affairs of Australia, and H.E. Retno Marsudi, Minister for Foreign Affairs of the Republic of Indonesia.\n" +
            "2. Ministers endorsed the Adelaide Strategy for Cooperation, which will guide the work of the Bali Process.\n" +
            "3. Ministers welcomed the endorsement of the Bali Process Policy Guide on Returns and Reintegration by the Ad Hoc Group Senior Officials in 2022.\n");

        Assert.Equal(
        [
            "MeetingHeld Bali Process Ministerial Conference #8 'Eighth Ministerial Conference of the Bali Process on People Smuggling' 2023-02-10 Stated at Adelaide, Australia -",
            // A minister's office is a title, not an agency: the member co-chairs, its agency unknown.
            "CoChairChanged Bali Process Ministerial Conference: Australia = - from 2023-02-10 Stated",
            "CoChairChanged Bali Process Ministerial Conference: Indonesia = - from 2023-02-10 Stated",
            // The Adelaide Strategy is a strategy, not a guide.
            "GuideEndorsed Policy Guide on Returns and Reintegration by Ad Hoc Group Senior Officials 2022 Stated",
        ], Summaries.Of(extraction.Facts));
    }

    [Fact]
    public void a_body_that_met_on_a_date_held_a_meeting_and_adopted_its_work_plan_then()
    {
        var extraction = Extract(
            "The Bali Process Working Group on the Disruption of People Smuggling and Trafficking in Persons Networks (DWG) met virtually on 16 March 2021. " +
            "Members noted that the Working Group on Trafficking in Persons adopted its Forward Work Plan 2021-2023 in March 2021.");

        Assert.Equal(
        [
            "MeetingHeld Working Group on the Disruption of People Smuggling and Trafficking in Persons Networks #- '-' 2021-03-16 Stated at - virtual",
            "WorkPlanAdopted Working Group on Trafficking in Persons 2021-2023 at - 2021-03 Stated",
        ], Summaries.Of(extraction.Facts));
    }

    [Fact]
    public void co_chairs_listed_with_title_agency_and_country_are_read()
    {
        var extraction = Extract(
            "On 4 June 2021, the Task Force on Planning and Preparedness met for the fifth time. " +
            "The meeting was co-chaired by Ms Jane Citizen, First Assistant Secretary, Department of Home Affairs, Australia, and Mr Budi Santoso, Director, Ministry of Foreign Affairs, Indonesia.");

        Assert.Equal(
        [
            "MeetingHeld Task Force on Planning and Preparedness #5 '-' 2021-06-04 Stated at - -",
            "CoChairChanged Task Force on Planning and Preparedness: Australia = Department of Home Affairs from 2021-06-04 Stated",
            "CoChairChanged Task Force on Planning and Preparedness: Indonesia = Ministry of Foreign Affairs from 2021-06-04 Stated",
        ], Summaries.Of(extraction.Facts));
    }

    [Fact]
    public void a_date_in_another_clause_does_not_date_the_endorsement()
    {
        var extraction = Extract(
            "On 16 May 2018, the TIPWG met for the fourth time. Members noted the completion of the Bali Process Follow the Money Guide. " +
            "The guide was endorsed at the 12th Ad Hoc Senior Officials Meeting and would be published in August 2018.");

        Assert.Contains("GuideEndorsed Policy Guide on Following the Money in Trafficking in Persons Cases by 12th Ad Hoc Senior Officials Meeting ../2018-05-16 Document",
            Summaries.Of(extraction.Facts));
    }

    [Fact]
    public void a_body_that_held_its_numbered_meeting_and_co_chairs_written_as_member_and_agency_in_brackets()
    {
        var extraction = Extract(
            "The Technical Experts Group on Returns and Reintegration (TEG) held its Fourth Meeting in Colombo, Sri Lanka, on 12-13 September 2019. " +
            "The meeting was co-chaired by Australia (Department of Home Affairs) and Indonesia (Ministry of Foreign Affairs).");

        Assert.Equal(
        [
            "MeetingHeld Technical Experts Group on Returns and Reintegration #4 'Fourth Meeting' 2019-09-12/2019-09-13 Stated at Colombo, Sri Lanka -",
            "CoChairChanged Technical Experts Group on Returns and Reintegration: Australia = Department of Home Affairs from 2019-09-12/2019-09-13 Stated",
            "CoChairChanged Technical Experts Group on Returns and Reintegration: Indonesia = Ministry of Foreign Affairs from 2019-09-12/2019-09-13 Stated",
        ], Summaries.Of(extraction.Facts));
    }

    [Fact]
    public void a_senior_officials_statement_keeps_each_status_with_its_own_clause()
    {
        var extraction = Extract(
            "1. The Fourteenth Meeting of the Bali Process Ad Hoc Group (AHG) Senior Officials was held in Colombo, Sri Lanka on 13 March 2019.\n" +
            "2. Senior Officials endorsed the Bali Process Strategy for Cooperation and agreed that the TFPP Forward Work Plan 2019-2021 would be endorsed out of session.\n" +
            "3. The RSO launched the Bali Process Toolkit on Victim Screening in August 2019. Members will update the Toolkit in 2020.");

        Assert.Equal(
        [
            "MeetingHeld Ad Hoc Group #14 'Fourteenth Meeting of the Bali Process Ad Hoc Group (AHG) Senior Officials' 2019-03-13 Stated at Colombo, Sri Lanka -",
            "GuideStatusNoted Toolkit on Victim Screening Launched 2019-08 Stated",
        ], Summaries.Of(extraction.Facts));
        // A plan still to be endorsed is not adopted; an update still to come is no status of the Toolkit's.
        Assert.Contains(extraction.Skipped, s => s.Rule == "work-plan" && s.Reason == "a work plan to be adopted, not yet adopted");
    }

    [Fact]
    public void a_host_is_not_a_co_chair_and_one_persons_agency_is_not_anothers()
    {
        var extraction = Extract(
            "On 5 May 2022, the TFPP met for the sixth time in Bangkok. " +
            "The meeting, hosted by the Thai Ministry of Social Development and Human Security, was co-chaired by the Indonesian Ministry of Foreign Affairs and the Australian Department of Home Affairs. " +
            "Jane Doe, Director at the New Zealand Ministry of Business, Innovation and Employment, and Mr John Roe, Co-Chair of the DWG, opened the session.");

        Assert.Equal(
        [
            "CoChairChanged Task Force on Planning and Preparedness: Indonesia = Ministry of Foreign Affairs from 2022-05-05 Stated",
            "CoChairChanged Task Force on Planning and Preparedness: Australia = Department of Home Affairs from 2022-05-05 Stated",
        ], Summaries.Of(extraction.Facts.Where(f => f is F.CoChairChanged)));
        Assert.Contains(extraction.Skipped, s => s.Reason == "a co-chair is named without a member country");
    }

    [Fact]
    public void a_dateline_dates_the_document_and_a_yearless_date_takes_the_year_of_the_meeting_reported()
    {
        var dateline = Extract("Co-Chairs' Statement\nAdelaide, Australia, 10 February 2023\n\nMinisters exchanged views on irregular migration across the region.");
        var yearless = Extract(
            "The Fifth Annual Meeting of the TFPP was held in Bangkok on 3 October 2022. " +
            "The Government and Civil Society Roundtable took place on 4 October in Bangkok, Thailand.");

        Assert.Equal(("2023-02-10", ValueSource.Text), (dateline.Header.Date?.ToString(), dateline.Header.DateSource));
        Assert.Contains("MeetingHeld - #- 'Government and Civil Society Roundtable' 2022-10-04 YearFromDocument at Bangkok, Thailand -", Summaries.Of(yearless.Facts));
    }

    [Fact]
    public void a_calendar_dates_each_entry_by_the_line_above_its_title_and_files_it_by_its_section()
    {
        var extraction = Extract(
            "BALI PROCESS - CALENDAR OF MEETINGS\nLast updated: Monday 3 March 2025\n\nHELD\n\n" +
            "Wed 12 February 2025\nAd Hoc Group Senior Officials' Meeting (AHG SOM)\nNusa Dua, Bali, Indonesia - hybrid\n\n" +
            "UPCOMING\n\n18-20 March 2025\nTask Force on Planning and Preparedness tabletop exercise: sudden maritime arrivals\nColombo, Sri Lanka - in person\n");

        Assert.Equal(["MeetingHeld Ad Hoc Group #- 'Ad Hoc Group Senior Officials' Meeting' 2025-02-12 Stated at Nusa Dua hybrid"], Summaries.Of(extraction.Facts));
        Assert.Contains(extraction.Skipped, s => s.Rule == "meeting" && s.Reason == "a meeting to be held, not one held" && s.Evidence.Quote.StartsWith("Task Force"));
    }

    [Fact]
    public void the_next_day_is_counted_from_the_day_the_text_last_gave()
    {
        var extraction = Extract(
            "Ministers and chief executives gathered in Adelaide on 9 February 2023 for the third Bali Process Government and Business Forum. " +
            "The next day, ministers met in the same city for the Eighth Bali Process Ministerial Conference.");

        Assert.Equal(
        [
            "MeetingHeld Government and Business Forum #3 'third Bali Process Government and Business Forum' 2023-02-09 Stated at Adelaide -",
            "MeetingHeld Bali Process Ministerial Conference #8 'Eighth Bali Process Ministerial Conference' 2023-02-10 Relative at - -",
        ], Summaries.Of(extraction.Facts));
    }

    [Fact]
    public void a_bodys_workshop_has_co_chairs_of_its_own_not_the_bodys()
    {
        var extraction = Extract(
            "The Bali Process Ad Hoc Group Workshop on Migrant Smuggling by Air took place in Colombo on 9 and 10 October 2019. " +
            "The workshop was co-chaired by Sri Lanka and the Maldives.");

        Assert.DoesNotContain(extraction.Facts, f => f is F.CoChairChanged);
        Assert.Contains(extraction.Skipped, s => s.Reason == "co-chairs of a one-off workshop, not of a standing body");
    }

    [Fact]
    public void an_agency_taking_over_a_seat_ends_the_stint_of_the_agency_it_took_over_from()
    {
        var extraction = Extract(
            "On 1 July 2022, the Attorney-General's Department took over Australia's co-chair seat on the Working Group on Trafficking in Persons " +
            "from the Australian Border Force, which had held it since 2020.");

        Assert.Equal(
        [
            "CoChairChanged Working Group on Trafficking in Persons: Australia = Australian Border Force from 2020 Stated",
            "CoChairChanged Working Group on Trafficking in Persons: Australia = Attorney-General's Department from 2022-07-01 Stated",
        ], Summaries.Of(extraction.Facts));
    }
}
