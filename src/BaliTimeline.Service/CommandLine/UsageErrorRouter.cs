using System.Text;
using System.Text.RegularExpressions;

namespace BaliTimeline.Service.CommandLine;

/// <summary>
/// Standard output that sends the command line's usage errors to standard error. JasperFx prints "Invalid usage" or
/// "'x' is not a command" and then the usage, all to standard output, where a script reading a command's output would
/// take them for it. Both are written before any command runs, so from such a line on everything is the error's.
/// </summary>
public sealed partial class UsageErrorRouter(TextWriter output, TextWriter error) : TextWriter
{
    private readonly StringBuilder line = new();

    /// <summary>Whether the run was refused as a usage error (a bad flag or argument, or an unknown command).</summary>
    public bool UsageError { get; private set; }

    public override Encoding Encoding => output.Encoding;

    public override void Write(char value)
    {
        line.Append(value);
        if (value != '\n') return;
        var text = line.ToString();
        line.Clear();
        if (!UsageError && UsageErrorLine().IsMatch(AnsiEscape().Replace(text, ""))) UsageError = true;
        (UsageError ? error : output).Write(text);
    }

    public override void Flush()
    {
        (UsageError ? error : output).Write(line.ToString());
        line.Clear();
        output.Flush();
        error.Flush();
    }

    [GeneratedRegex(@"^\s*(Invalid usage|Error parsing input|'.*' is not a command\.)")]
    private static partial Regex UsageErrorLine();

    [GeneratedRegex(@"\x1b\[[0-9;]*m")]
    private static partial Regex AnsiEscape();
}
