using BaliTimeline.Extraction.Text;

namespace BaliTimeline.Extraction.Tests;

public sealed class DocumentTextTests
{
    [Fact]
    public void lines_wrapped_mid_sentence_are_one_sentence_whose_span_covers_the_original_lines()
    {
        const string original = "Members agreed to the Forward Work\nPlan 2017-19, including:\n- a focus on sharing";
        var text = DocumentText.Parse(original);

        var sentence = text.Sentences[0];
        Assert.Equal("Members agreed to the Forward Work Plan 2017-19, including:", sentence.Text);
        Assert.Equal("Members agreed to the Forward Work\nPlan 2017-19, including:", original[sentence.Start..sentence.End]);
    }

    [Fact]
    public void list_items_run_together_on_one_line_are_separate_items()
    {
        var text = DocumentText.Parse("- an ongoing focus on sharing - continuing to expand the guides - tackling corruption, and\n- strengthening cooperation.");

        Assert.Equal(
            ["an ongoing focus on sharing", "continuing to expand the guides", "tackling corruption, and", "strengthening cooperation."],
            text.Sentences.Select(s => s.Text));
    }

    [Fact]
    public void markdown_emphasis_and_curly_quotes_are_normalised_for_matching_but_quoted_exactly()
    {
        const string original = "Members **discussed the *Compendium*** of Australia\u2019s work.";
        var sentence = Assert.Single(DocumentText.Parse(original).Sentences);

        Assert.Equal("Members discussed the Compendium of Australia's work.", sentence.Text);
        Assert.Equal(original, original[sentence.Start..sentence.End]);
    }

    [Fact]
    public void headings_stand_apart_from_the_prose_that_follows()
    {
        var text = DocumentText.Parse("Following the Money Workshop\nThe workshop was attended by 91 participants. Dr. Smith opened it.");

        Assert.Equal(
            [(SentenceKind.Heading, "Following the Money Workshop"), (SentenceKind.Prose, "The workshop was attended by 91 participants."), (SentenceKind.Prose, "Dr. Smith opened it.")],
            text.Sentences.Select(s => (s.Kind, s.Text)));
    }

    [Fact]
    public void a_scraped_page_run_together_is_cut_into_its_fields_and_sentences()
    {
        var text = DocumentText.Parse("Webinar: Deceptive Online RecruitmentLocation: OnlineDate: 28/04/2022A webinar took place on 28 April.Read more");

        Assert.Equal(
            ["Webinar: Deceptive Online Recruitment", "Location: Online", "Date: 28/04/2022", "A webinar took place on 28 April.", "Read more"],
            text.Sentences.Select(s => s.Text));
    }

    [Fact]
    public void a_table_row_is_one_item_and_a_months_abbreviation_ends_no_sentence()
    {
        var text = DocumentText.Parse("| Oct. 16-18, 2018 | Regional training on document fraud | Colombo, Sri Lanka | 27 participants. |");

        Assert.Equal(SentenceKind.ListItem, Assert.Single(text.Sentences).Kind);
    }

    [Fact]
    public void a_short_stamp_ending_on_a_date_is_a_line_of_its_own()
    {
        var text = DocumentText.Parse("Calendar status at 21/04/2021\nAll dates are given as DD/MM/YYYY.");

        Assert.Equal(["Calendar status at 21/04/2021", "All dates are given as DD/MM/YYYY."], text.Sentences.Select(s => s.Text));
    }
}
