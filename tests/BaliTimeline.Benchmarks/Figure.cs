using System.Globalization;

namespace BaliTimeline.Benchmarks;

/// <summary>
/// One measured figure: its key in bench/results/latest.json, its label in the printed table, its value, and how
/// it is printed. Figures are kept as an ordered list so the table, the JSON and the growth column cannot disagree.
/// A figure that could not be measured is NaN (null in the JSON), printed as its <see cref="Text"/> or "-". A figure
/// <see cref="OfMix"/> depends on which kinds of question were in the mix, so it grows only between equal mixes.
/// </summary>
internal sealed record Figure(string Key, string Label, double Value, string Format, string? Text = null, bool OfMix = false)
{
    public static Figure Count(string key, string label, double value) => new(key, label, value, "N0");

    public static Figure OneDecimal(string key, string label, double value) => new(key, label, value, "N1");

    public static Figure Ratio(string key, string label, double value) => new(key, label, value, "G3");

    public string Formatted => Text ?? (double.IsFinite(Value) ? Value.ToString(Format, CultureInfo.InvariantCulture) : "-");
}
