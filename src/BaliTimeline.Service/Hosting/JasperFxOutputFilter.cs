using System.Text;
using System.Text.RegularExpressions;

namespace BaliTimeline.Service.Hosting;

/// <summary>
/// Standard output without what JasperFx's command line writes there by mistake: its assembly-discovery report
/// ("Searching 'Marten, ...' for commands"), printed before every command, which would corrupt JSON output; and the
/// markup of `projections rebuild`'s last line, which it prints raw ("[purple]Finished rebuild in 902 ms[/]"); and
/// its usage errors ("Invalid usage", "'x' is not a command") with the usage after them, which belong on standard
/// error, where a script reading a command's output will not take them for it. Both are written before any command
/// runs, so from such a line on everything goes to <paramref name="error"/>. Everything else passes through.
/// </summary>
public sealed partial class JasperFxOutputFilter(TextWriter output, TextWriter error) : TextWriter
{
    private readonly StringBuilder line = new();
    private readonly StringBuilder skipped = new();
    private bool skipping;
    private bool skippedBlock;

    /// <summary>Whether the run was refused as a usage error (a bad flag or argument, or an unknown command).</summary>
    public bool UsageError { get; private set; }

    private TextWriter Target => UsageError ? error : output;

    public override Encoding Encoding => output.Encoding;

    public override void Write(char value)
    {
        if (value != '\n')
        {
            line.Append(value);
            return;
        }
        var text = line.ToString().TrimEnd('\r');
        line.Clear();
        var plain = AnsiEscape().Replace(text, "").Trim();
        if (!skipping && plain.StartsWith("Searching '", StringComparison.Ordinal)) skipping = true;
        if (skipping)
        {
            // The report wraps at the console's width, so its end may arrive on a later line than its start.
            skippedBlock = true;
            skipped.Append(' ').Append(plain);
            if (skipped.ToString().TrimEnd().EndsWith("for commands", StringComparison.Ordinal))
            {
                skipping = false;
                skipped.Clear();
            }
            return;
        }
        if (skippedBlock && plain.Length == 0) return;
        skippedBlock = false;
        if (!UsageError && UsageErrorLine().IsMatch(plain)) UsageError = true;
        Target.WriteLine(RawMarkup().Replace(text, "$1"));
    }

    public override void Flush()
    {
        if (line.Length > 0 && !skipping)
        {
            Target.Write(line.ToString());
            line.Clear();
        }
        output.Flush();
        error.Flush();
    }

    [GeneratedRegex(@"^(?:Invalid usage|Error parsing input|'.*' is not a command\.)")]
    private static partial Regex UsageErrorLine();

    [GeneratedRegex(@"^\[purple\](Finished rebuild in .*)\[/\]$")]
    private static partial Regex RawMarkup();

    [GeneratedRegex(@"\x1b\[[0-9;]*m")]
    private static partial Regex AnsiEscape();
}
