using BaliTimeline.Extraction.Documents;
using BaliTimeline.Facts;
using BaliTimeline.Tests;

namespace BaliTimeline.Extraction.Tests;

/// <summary>
/// What each seed states, written down by reading the documents, compared with what the extractor reads.
/// Dates without their own sentence date are bounded by the meeting the document reports ("meeting" basis).
/// </summary>
public sealed class SeedExtractionTests
{
    private const string Tip = "Working Group on Trafficking in Persons";
    private const string Tfpp = "Task Force on Planning and Preparedness";
    private const string FollowTheMoney = "Policy Guide on Following the Money in Trafficking in Persons Cases";

    private static DocumentExtraction Extract(string prefix, DocumentMetadata? metadata = null)
    {
        var path = Repository.Seed(prefix);
        return DocumentExtractor.Extract(Path.GetFileName(path), File.ReadAllText(path), metadata);
    }

    [Fact]
    public void the_2018_annual_meeting_report_yields_the_meeting_its_co_chairs_the_work_plan_and_the_follow_the_money_guide()
    {
        var extraction = Extract("000");

        Assert.Equal(new DocumentHeader(
            "Fourth Annual Meeting of the Trafficking in Persons Working Group and Government and Civil Society Roundtable",
            ValueSource.Text, PartialDate.Parse("2018-05-14/2018-05-16"), ValueSource.Text), extraction.Header);
        Assert.Equal(
        [
            // "Date: 14 - 16 May 2018" covers the week; "On 16 May 2018, the ... Working Group met for the fourth time" is the meeting's day.
            $"MeetingHeld {Tip} #4 'Fourth Annual Meeting of the Trafficking in Persons Working Group' 2018-05-16 Stated at Bangkok, Thailand -",
            $"CoChairChanged {Tip}: Indonesia = Ministry of Foreign Affairs from 2018-05-16 Stated",
            $"CoChairChanged {Tip}: Australia = Department of Home Affairs from 2018-05-16 Stated",
            // A plan members report progress against is in force: adopted on or before the report.
            $"WorkPlanAdopted {Tip} 2017-2019 at - ../2018-05-16 Document",
            $"GuideStatusNoted {FollowTheMoney} Completed ../2018-05-16 Document",
            // "the Follow the Money Guide and its associated training module": a product of its own, with the same statuses.
            $"GuideStatusNoted Training module for the {FollowTheMoney} Completed ../2018-05-16 Document",
            "MeetingHeld Ad Hoc Group #12 '12th Ad Hoc Senior Officials Meeting' ../2018-05-16 Document at - -",
            $"GuideEndorsed {FollowTheMoney} by 12th Ad Hoc Senior Officials Meeting ../2018-05-16 Document",
            $"GuideEndorsed Training module for the {FollowTheMoney} by 12th Ad Hoc Senior Officials Meeting ../2018-05-16 Document",
            "MeetingHeld - #- 'Bali Process Government and Civil Society Roundtable' 2018-05-14/2018-05-15 Stated at Bangkok -",
            "MeetingHeld Bali Process Ministerial Conference #6 '6th Ministerial Conference' 2016-03 Stated at Bali -",
        ], Summaries.Of(extraction.Facts));
        // The roundtable's co-chairs chaired a one-off event, not a standing body.
        Assert.Contains(extraction.Skipped, s => s.Rule == "co-chair" && s.Reason.Contains("one-off roundtable"));
    }

    [Fact]
    public void the_2017_report_yields_the_third_meeting_the_attorney_generals_department_and_the_adopted_work_plan()
    {
        var extraction = Extract("001");

        Assert.Equal(new DocumentHeader(null, ValueSource.None, PartialDate.Parse("2017-05-26"), ValueSource.Text), extraction.Header);
        Assert.Equal(
        [
            $"MeetingHeld {Tip} #3 '-' 2017-05-26 Stated at Bali, Indonesia -",
            $"CoChairChanged {Tip}: Indonesia = Ministry of Foreign Affairs from 2017-05-26 Stated",
            $"CoChairChanged {Tip}: Australia = Attorney-General's Department from 2017-05-26 Stated",
            $"WorkPlanAdopted {Tip} 2017-2019 at - 2017-05-26 Meeting",
            "MeetingHeld - #- 'Bali Process Consultation Workshop on the Policy Guide on Following the Money in Trafficking in Persons Cases' 2017-05-23/2017-05-24 Stated at Bali, Indonesia -",
            // "a Working Group event, to review and finalise the policy guide and a related training module".
            $"GuideStatusNoted {FollowTheMoney} Draft 2017-05-26 Meeting",
            $"GuideStatusNoted Training module for the {FollowTheMoney} Draft 2017-05-26 Meeting",
            "MeetingHeld Bali Process Ministerial Conference #- 'Bali Process Ministerial Conference' 2016-03 Stated at - -",
        ], Summaries.Of(extraction.Facts));
        Assert.Contains(extraction.Skipped, s => s.Rule == "document" && s.Reason.Contains("no title"));
    }

    [Fact]
    public void the_anniversary_report_without_a_year_reads_its_facts_undated_and_says_which_date_it_could_not_complete()
    {
        var extraction = Extract("002");

        Assert.Null(extraction.Header.Date);
        Assert.All(extraction.Facts, f => Assert.Equal(DateBasis.NotStated, f switch
        {
            MeetingHeld m => m.DateBasis,
            CoChairChanged c => c.DateBasis,
            WorkPlanAdopted w => w.DateBasis,
            _ => DateBasis.Stated,
        }));
        Assert.Contains($"WorkPlanAdopted {Tip} 2024-2026 at 10th annual meeting - NotStated", Summaries.Of(extraction.Facts));
        Assert.Contains(extraction.Skipped, s => s.Reason.Contains("date is not stated"));
        Assert.Contains(extraction.Skipped, s => s.Reason == "'18-21 November' has no year, and the document gives none");
    }

    [Fact]
    public void the_anniversary_report_with_its_sidecar_year_marks_every_date_as_coming_from_the_metadata()
    {
        var extraction = Extract("002", new DocumentMetadata(null, PartialDate.Parse("2024-11"), null, null));

        Assert.Equal(
        [
            $"MeetingHeld {Tip} #- '-' 2024-11-18/2024-11-21 YearFromMetadata at Bangkok -",
            $"MeetingHeld {Tip} #10 '10th annual meeting' ../2024-11-30 Metadata at - -",
            $"WorkPlanAdopted {Tip} 2024-2026 at 10th annual meeting 2024-11-18/2024-11-21 Meeting",
            // "Indonesian Senior Official Co-Chair of the Bali Process": the forum's co-chair at senior officials' level.
            "CoChairChanged Senior Officials' Meeting: Indonesia = Ministry of Foreign Affairs from 2024-11-18/2024-11-21 Meeting",
            // Events of the week of 18-21 November that the report tells of without their own dates.
            $"MeetingHeld {Tip} #- 'WG-TIP 10th Anniversary Commemorative Dialogue' 2024-11-18/2024-11-21 Meeting at Bangkok -",
            $"MeetingHeld {Tfpp} #- 'TFPP Policy Expert Gathering' 2024-11-18/2024-11-21 Meeting at Bangkok -",
            $"MeetingHeld {Tfpp} #8 'Eighth Annual Meeting of the TFPP' ../2024-11-30 Metadata at - -",
            $"CoChairChanged {Tfpp}: Australia = Department of Foreign Affairs and Trade from 2024-11-18/2024-11-21 Meeting",
            // "Director for International Security and Disarmament of the Republic of Indonesia, Co-Chair of the WG-TIP and TFPP": no agency named.
            $"CoChairChanged {Tip}: Indonesia = - from 2024-11-18/2024-11-21 Meeting",
            $"CoChairChanged {Tfpp}: Indonesia = - from 2024-11-18/2024-11-21 Meeting",
            "WorkPlanAdopted Regional Support Office 2024-2026 at - ../2024-11-30 Metadata",
        ], Summaries.Of(extraction.Facts));
    }

    [Fact]
    public void the_2020_statement_reads_the_compendium_as_a_draft_pending_endorsement_not_as_endorsed()
    {
        var extraction = Extract("003");
        const string compendium = "Compendium of Good Practice Examples to Combat Exploitation in Supply Chains";

        Assert.Equal("Sixth Annual Meeting of the Bali Process Trafficking in Persons Working Group", extraction.Header.Title);
        Assert.Equal(
        [
            $"MeetingHeld {Tip} #6 'Sixth Annual Meeting of the Bali Process Trafficking in Persons Working Group' 2020-11-10 Stated at - virtual",
            $"CoChairChanged {Tip}: Indonesia = Ministry of Foreign Affairs from 2020-11-10 Stated",
            $"CoChairChanged {Tip}: Australia = Australian Border Force from 2020-11-10 Stated",
            $"MeetingHeld - #- 'Bali Process Workshop on the {compendium}' 2020-11-05 Stated at - -",
            $"GuideStatusNoted {compendium} Draft 2020-11-10 Meeting",
            $"GuideStatusNoted {compendium} EndorsementPending 2020-11-10 Meeting",
            $"WorkPlanStatusNoted {Tip} 2020-2022 Draft 2020-11-10 Meeting",
        ], Summaries.Of(extraction.Facts));
    }

    [Fact]
    public void the_2022_outcome_list_reads_meetings_from_list_items()
    {
        var extraction = Extract("004");

        Assert.Equal(
        [
            "MeetingHeld Ad Hoc Group #16 'sixteenth Meeting of the Ad Hoc Group Senior Officials' 2022-12-06 Stated at Bali, Indonesia hybrid",
            "MeetingHeld Senior Officials Steering Group #17 'Seventeenth Bali Process Senior Officials Steering Group Meeting' 2022-12-05 Stated at - -",
            "MeetingHeld Working Group on the Disruption of People Smuggling and Trafficking in Persons Networks #- 'Annual Meeting' 2022-10 Stated at - -",
            "MeetingHeld - #- 'joint tabletop exercise' 2022-10 Stated at - -",
        ], Summaries.Of(extraction.Facts));
        // "the RSO's ... hosting of the following events: the Bali Process 20th Anniversary Constructive Dialogue ...": one-off, with neither date nor number.
        Assert.Contains(extraction.Skipped, s => s.Reason == "'Bali Process 20th Anniversary Constructive Dialogue on Irregular Migration' is a one-off event named with neither a date nor a number");
    }

    [Fact]
    public void australias_co_chair_agency_for_the_working_group_is_read_differently_in_2017_2018_and_2020()
    {
        var agencies = new[] { "001", "000", "003" }
            .Select(p => Extract(p).Facts.OfType<CoChairChanged>().Single(c => c.Member == "Australia" && c.Body == Tip))
            .Select(c => (c.EffectiveFrom?.ToString(), c.Agency));

        Assert.Equal(
        [
            ("2017-05-26", "Attorney-General's Department"),
            ("2018-05-16", "Department of Home Affairs"),
            ("2020-11-10", "Australian Border Force"),
        ], agencies);
    }

    [Fact]
    public void every_fact_from_every_seed_quotes_its_document_exactly_at_its_span()
    {
        foreach (var path in Directory.GetFiles(Repository.Seeds, "*.txt"))
        {
            var text = File.ReadAllText(path);
            var extraction = DocumentExtractor.Extract(Path.GetFileName(path), text, new DocumentMetadata(null, PartialDate.Parse("2024"), null, null));
            foreach (var fact in extraction.Facts)
            {
                Assert.Equal(Path.GetFileName(path), fact.Evidence.Document);
                Assert.Equal(text[fact.Evidence.Start..fact.Evidence.End], fact.Evidence.Quote);
                Assert.False(string.IsNullOrWhiteSpace(fact.Evidence.Quote));
            }
        }
    }

    [Fact]
    public void extracting_the_same_text_twice_gives_the_same_facts()
    {
        Assert.Equal(Extract("003").Facts, Extract("003").Facts);
    }
}
