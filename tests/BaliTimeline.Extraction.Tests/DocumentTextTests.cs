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
}
