using BaliTimeline.Extraction.Documents;
using BaliTimeline.Extraction.Time;
using BaliTimeline.Tests;

namespace BaliTimeline.Extraction.Tests;

/// <summary>
/// What each seed states, written down by reading the documents, compared with what the extractor reads.
/// Dates without their own sentence date are bounded by the meeting the document reports ("meeting" basis).
/// </summary>
public sealed class SeedExtractionTests
{
    private const string Tip = "Working Group on Trafficking in Persons";
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
            $"MeetingHeld {Tip} #4 '-' 2018-05-16 Stated at Bangkok, Thailand -",
            $"CoChairChanged {Tip}: Indonesia = Ministry of Foreign Affairs from 2018-05-16 Stated",
            $"CoChairChanged {Tip}: Australia = Department of Home Affairs from 2018-05-16 Stated",
            $"WorkPlanStatusNoted {Tip} 2017-2019 Reviewed 2018-05-16 Meeting",
            $"GuideStatusNoted {FollowTheMoney} Completed ../2018-05-16 Meeting",
            $"GuideEndorsed {FollowTheMoney} by 12th Ad Hoc Senior Officials Meeting ../2018-05-16 Meeting",
            "MeetingHeld - #- 'Bali Process Government and Civil Society Roundtable' 2018-05-14/2018-05-15 Stated at Bangkok, Thailand -",
            "MeetingHeld Bali Process Ministerial Conference #6 'Sixth Regional Bali Process Ministerial Conference' 2016-03 Stated at Bali -",
        ], Summaries.Of(extraction.Facts));
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
        ], Summaries.Of(extraction.Facts));
        Assert.Contains(extraction.Skipped, s => s.Rule == "document" && s.Reason.Contains("no title"));
    }

    [Fact]
    public void the_anniversary_report_without_a_year_invents_no_date_and_says_what_it_skipped()
    {
        var extraction = Extract("002");

        Assert.Null(extraction.Header.Date);
        Assert.Empty(extraction.Facts);
        Assert.Contains(extraction.Skipped, s => s.Reason.Contains("date is not stated"));
        Assert.Contains(extraction.Skipped, s => s.Rule == "work-plan" && s.Evidence.Quote.Contains("2024-2026"));
    }

    [Fact]
    public void the_anniversary_report_with_its_sidecar_year_marks_every_date_as_coming_from_the_metadata()
    {
        var extraction = Extract("002", new DocumentMetadata(null, PartialDate.Parse("2024-11"), null, null));

        Assert.Equal(
        [
            $"WorkPlanAdopted {Tip} 2024-2026 at 10th annual meeting ../2024-11-30 Metadata",
            "CoChairChanged Bali Process: Indonesia = Ministry of Foreign Affairs from 2024-11 Metadata",
            "CoChairChanged Task Force on Planning and Preparedness: Australia = Department of Foreign Affairs and Trade from 2024-11 Metadata",
        ], Summaries.Of(extraction.Facts));
        // Named as a co-chair, but with a title and no agency: left out, not guessed.
        Assert.Contains(extraction.Skipped, s => s.Reason.Contains("without an agency") && s.Evidence.Quote.StartsWith("Caka Alverdi Awal"));
        Assert.Contains(extraction.Skipped, s => s.Reason.Contains("business co-chair"));
        // Named, numbered, but undated: "At the Eighth Annual Meeting of the TFPP, the RSO presented ...".
        Assert.Contains(extraction.Skipped, s => s.Reason == "'Eighth Annual Meeting of the TFPP' is named without a date");
    }

    [Fact]
    public void the_2020_statement_reads_the_compendium_as_a_draft_pending_endorsement_not_as_endorsed()
    {
        var extraction = Extract("003");
        const string compendium = "Compendium of Good Practice Examples to Combat Exploitation in Supply Chains";

        Assert.Equal("Sixth Annual Meeting of the Bali Process Trafficking in Persons Working Group", extraction.Header.Title);
        Assert.Equal(
        [
            $"MeetingHeld {Tip} #6 'Sixth Annual Meeting of the Bali Process Trafficking in Persons Working Group' 2020-11-10 Stated at - -",
            $"CoChairChanged {Tip}: Indonesia = Ministry of Foreign Affairs from 2020-11-10 Stated",
            $"CoChairChanged {Tip}: Australia = Australian Border Force from 2020-11-10 Stated",
            $"MeetingHeld - #- 'Bali Process Workshop on the {compendium}' 2020-11-05 Stated at - -",
            $"GuideStatusNoted {compendium} Draft 2020-11-10 Meeting",
            $"GuideStatusNoted {compendium} EndorsementPending 2020-11-10 Meeting",
            $"WorkPlanStatusNoted {Tip} 2020-2022 Draft 2020-11-10 Meeting",
        ], Summaries.Of(extraction.Facts));
    }

    [Fact]
    public void the_2022_outcome_list_reads_meetings_from_list_items_and_the_planned_guide_update()
    {
        var extraction = Extract("004");

        Assert.Equal(
        [
            "MeetingHeld Ad Hoc Group #16 'sixteenth Meeting of the Ad Hoc Group Senior Officials' 2022-12-06 Stated at Bali, Indonesia hybrid",
            "MeetingHeld Senior Officials Steering Group #17 'Seventeenth Bali Process Senior Officials Steering Group Meeting' 2022-12-05 Stated at - -",
            "MeetingHeld Working Group on the Disruption of People Smuggling and Trafficking in Persons Networks #- 'Annual Meeting' 2022-10 Stated at - -",
            "GuideStatusNoted Policy Guide on Returns and Reintegration UpdatePlanned 2022-12-06 Meeting",
        ], Summaries.Of(extraction.Facts));
    }

    [Fact]
    public void australias_co_chair_agency_for_the_working_group_is_read_differently_in_2017_2018_and_2020()
    {
        var agencies = new[] { "001", "000", "003" }
            .Select(p => Extract(p).Facts.OfType<Facts.CoChairChanged>().Single(c => c.Member == "Australia" && c.Body == Tip))
            .Select(c => (c.EffectiveFrom.ToString(), c.Agency));

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
