using System.Text.Json.Nodes;
using BaliTimeline.Corpus;
using BaliTimeline.Corpus.Forms;
using BaliTimeline.Extraction.Evaluation;

namespace BaliTimeline.Extraction.Tests.GeneratedCorpus;

/// <summary>
/// The generator's labels are the benchmark's truth: every quote must be a span of its document, the labels must be
/// in the gold format the scorers read, and the corpus must have the size and mix the benchmark expects.
/// </summary>
public sealed class GeneratedCorpusLabelTests
{
    private static readonly GeneratedDocument[] Documents = CorpusGenerator.Generate(11, 1000).ToArray();

    [Fact]
    public void every_expected_quote_is_a_verbatim_span_of_its_document()
    {
        var notFound = Documents
            .SelectMany(d => d.Expected.Events.Select(e => e.Quote).Concat(d.Expected.OtherFacts.Select(o => o.Quote))
                .Where(q => q.Length == 0 || !d.Text.Contains(q, StringComparison.Ordinal))
                .Select(q => $"{d.FileName}: {q}"))
            .ToArray();

        Assert.Empty(notFound);
    }

    [Fact]
    public void a_document_states_about_five_facts_on_average_and_every_document_states_one()
    {
        var counts = Documents.Select(d => d.Expected.Events.Count).ToArray();

        Assert.All(counts, n => Assert.True(n >= 1));
        Assert.InRange(counts.Average(), 4.6, 5.6);
    }

    [Fact]
    public void documents_run_from_a_few_hundred_to_about_two_thousand_words()
    {
        var words = Documents.Select(d => d.Text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length).Order().ToArray();

        Assert.InRange(words[0], 150, 400);
        Assert.InRange(words[^1], 1500, 2600);
        Assert.InRange(words[words.Length / 2], 300, 900);
    }

    [Fact]
    public void the_labels_read_as_gold_files_of_the_four_event_types_each_with_a_quote()
    {
        var gold = Documents.Select(d => (d, Node: JsonNode.Parse(d.GoldJson)!.AsObject())).ToArray();

        Assert.All(gold, g =>
        {
            Assert.Equal(g.d.FileName, g.Node["document"]!.GetValue<string>());
            Assert.Equal(g.d.Expected.DocumentDate, g.Node["document_date"]?.GetValue<string>());
            var events = g.Node["events"]!.AsArray().Select(e => e!.AsObject()).ToArray();
            Assert.All(events, e =>
            {
                Assert.Contains(e["type"]!.GetValue<string>(), ValueMatch.Types);
                Assert.False(string.IsNullOrEmpty(e["quote"]?.GetValue<string>()));
            });
        });
    }

    [Fact]
    public void the_corpus_mixes_every_fact_type_and_every_form()
    {
        var types = Documents.SelectMany(d => d.Expected.Events).GroupBy(e => e.Type).ToDictionary(g => g.Key, g => g.Count());
        var total = types.Values.Sum();

        Assert.All(ValueMatch.Types, t => Assert.True(types.GetValueOrDefault(t) >= total * 0.05, $"{t}: {types.GetValueOrDefault(t)} of {total}"));
        Assert.Equal(Enum.GetValues<DocumentForm>(), Documents.Select(d => d.Form).Distinct().Order());
    }
}
