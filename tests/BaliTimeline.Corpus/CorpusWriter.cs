using System.Text;

namespace BaliTimeline.Corpus;

/// <summary>
/// Writes a generated corpus in the development corpus's layout: <c>docs/NAME.txt</c> and <c>gold/NAME.txt.json</c>,
/// ready for <c>bali-timeline extract docs --json</c> and <c>score_extraction.py PRED gold docs</c>.
/// </summary>
public static class CorpusWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes documents 0 to <paramref name="count"/> - 1 one at a time (constant memory) and says what it wrote.</summary>
    public static CorpusSummary Write(string directory, int seed, int count)
    {
        var docs = Directory.CreateDirectory(Path.Combine(directory, "docs")).FullName;
        var gold = Directory.CreateDirectory(Path.Combine(directory, "gold")).FullName;
        var (documents, events, bytes) = (0, 0L, 0L);
        foreach (var document in CorpusGenerator.Generate(seed, count))
        {
            var text = Utf8.GetBytes(document.Text);
            File.WriteAllBytes(Path.Combine(docs, document.FileName), text);
            File.WriteAllText(Path.Combine(gold, document.GoldFileName), document.GoldJson, Utf8);
            documents++;
            events += document.Expected.Events.Count;
            bytes += text.Length;
        }
        return new CorpusSummary(documents, events, bytes);
    }
}
