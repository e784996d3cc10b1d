using System.Globalization;
using System.Text;

namespace BaliTimeline.Corpus.Forms;

/// <summary>Lays out lines and paragraphs with the genre's separators; never changes the text of a paragraph.</summary>
public sealed class Layout
{
    private readonly StringBuilder _text = new();

    public Layout Line(string line)
    {
        _text.Append(line).Append('\n');
        return this;
    }

    public Layout Blank() => Line("");

    /// <summary>A paragraph followed by a blank line.</summary>
    public Layout Paragraph(string paragraph) => Line(paragraph).Blank();

    public Layout Numbered(int number, string paragraph) => Paragraph($"{number.ToString(CultureInfo.InvariantCulture)}. {paragraph}");

    public override string ToString() => _text.ToString().TrimEnd('\n') + "\n";
}
