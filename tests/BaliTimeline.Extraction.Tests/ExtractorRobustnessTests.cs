using BaliTimeline.Extraction.Documents;
using BaliTimeline.Tests;

namespace BaliTimeline.Extraction.Tests;

/// <summary>
/// Documents mangled the ways scraped text gets mangled (cut short, lines lost or run together, stray characters):
/// the extractor must neither throw nor quote anything but the text it was given. Seeded, so every run is the same.
/// </summary>
public sealed class ExtractorRobustnessTests
{
    public static TheoryData<string> Seeds => new(Directory.GetFiles(Repository.Seeds, "*.txt").Select(Path.GetFileName).Order()!);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void mangled_versions_of_a_seed_never_break_the_extractor_or_its_quotes(string seed)
    {
        var original = File.ReadAllText(Path.Combine(Repository.Seeds, seed));
        var random = new Random(seed.Aggregate(20261122, (hash, c) => unchecked(hash * 31 + c)));
        for (var i = 0; i < 150; i++)
        {
            var text = Mangle(original, random);
            var extraction = DocumentExtractor.Extract("mangled.txt", text);

            foreach (var fact in extraction.Facts)
            {
                Assert.InRange(fact.Evidence.Start, 0, fact.Evidence.End);
                Assert.InRange(fact.Evidence.End, fact.Evidence.Start, text.Length);
                Assert.Equal(text[fact.Evidence.Start..fact.Evidence.End], fact.Evidence.Quote);
            }
            Assert.Equal(extraction.Facts, DocumentExtractor.Extract("mangled.txt", text).Facts);
        }
    }

    [Fact]
    public void random_characters_are_read_without_a_fault()
    {
        var random = new Random(7);
        const string alphabet = "abc XYZ 0123456789 .,;:-()'\"\n\t#*\u2019\u2013 May 2018 On met held co-chaired Guide Work Plan 2017-19 TIPWG";
        for (var i = 0; i < 300; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(1, 400)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var extraction = DocumentExtractor.Extract("noise.txt", text);
            Assert.All(extraction.Facts, f => Assert.Equal(text[f.Evidence.Start..f.Evidence.End], f.Evidence.Quote));
        }
    }

    private static string Mangle(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        switch (random.Next(4))
        {
            case 0:
                lines.RemoveAt(random.Next(lines.Count));
                break;
            case 1:
                var at = random.Next(Math.Max(1, lines.Count - 1));
                if (lines.Count > 1)
                {
                    lines[at] += " " + lines[at + 1];
                    lines.RemoveAt(at + 1);
                }
                break;
            case 2:
                return text[..random.Next(text.Length)];
            default:
                var position = random.Next(text.Length);
                return text[..position] + "\u2014*(\n" + text[position..];
        }
        return string.Join('\n', lines);
    }

    // A line of capitals before a verb once made the subject's pattern backtrack exponentially: this document took
    // 25 s, and a longer headline would never finish. The deadline is far above the milliseconds it takes now.
    [Theory(Timeout = 10_000)]
    [InlineData("MINISTERIAL CONFERENCE ON SMUGGLING, TRAFFICKING MEETS IN BALI")]
    [InlineData("THE AD HOC GROUP SENIOR OFFICIALS OF THE BALI PROCESS ON PEOPLE SMUGGLING, TRAFFICKING IN PERSONS AND RELATED TRANSNATIONAL CRIME MET")]
    public async Task a_headline_in_capitals_is_read_without_running_away(string headline)
    {
        var text = $"{headline}\n\nBali, 12 March 2019\n\nThe ministers met in Bali on 12 March 2019.\n";

        var extraction = await Task.Run(() => DocumentExtractor.Extract("caps.txt", text), TestContext.Current.CancellationToken);

        Assert.Contains(extraction.Facts, f => f is Facts.MeetingHeld);
    }
}
