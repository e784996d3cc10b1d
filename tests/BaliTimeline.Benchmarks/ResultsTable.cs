using System.Globalization;

namespace BaliTimeline.Benchmarks;

/// <summary>The figures at N/10 and at N side by side, with how each grew, under the command and the machine.</summary>
internal static class ResultsTable
{
    public static void Print(TextWriter output, string command, Machine machine, SizeResult tenth, SizeResult full)
    {
        output.WriteLine(command);
        output.WriteLine($"machine: {machine}");
        output.WriteLine();
        string[] header = ["figure", $"N/10 = {tenth.RequestedEvents:N0}", $"N = {full.RequestedEvents:N0}", "growth"];
        var rows = full.Figures.Select(f => (string[])[f.Label, Matching(tenth, f).Formatted, f.Formatted, Growth(GrowthOf(tenth, full, f))]).ToArray();
        var widths = Enumerable.Range(0, 4).Select(c => rows.Append(header).Max(r => r[c].Length)).ToArray();
        output.WriteLine(Line(header, widths));
        output.WriteLine($"|{new string('-', widths[0] + 2)}|" + string.Concat(widths.Skip(1).Select(w => new string('-', w + 1) + ":|")));
        foreach (var row in rows) output.WriteLine(Line(row, widths));
        foreach (var size in new[] { tenth, full }.Where(s => s.LeftOut.Count > 0))
        {
            output.WriteLine($"at {size.RequestedEvents:N0} events, left out of the question mix (one answer took over "
                + $"{HttpQuestionBenchmark.Limit.TotalSeconds:N0} s): {string.Join(", ", size.LeftOut)}");
        }
        if (!SameMix(tenth, full)) output.WriteLine("the mixes differ, so the growth of the figures over the whole mix is not given; each kind's is");
    }

    public static Figure Matching(SizeResult size, Figure figure) => size.Figures.Single(f => f.Key == figure.Key);

    /// <summary>How a figure grew from N/10 to N; NaN for a figure of the mix when the two sizes asked different kinds.</summary>
    public static double GrowthOf(SizeResult tenth, SizeResult full, Figure figure) =>
        figure.OfMix && !SameMix(tenth, full) ? double.NaN : figure.Value / Matching(tenth, figure).Value;

    private static bool SameMix(SizeResult tenth, SizeResult full) => tenth.LeftOut.SequenceEqual(full.LeftOut);

    private static string Line(string[] cells, int[] widths) =>
        $"| {cells[0].PadRight(widths[0])} |" + string.Concat(cells.Skip(1).Select((c, i) => $" {c.PadLeft(widths[i + 1])} |"));

    private static string Growth(double growth) => double.IsFinite(growth) ? growth.ToString("0.00", CultureInfo.InvariantCulture) + "x" : "-";
}
