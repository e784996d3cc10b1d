using System.Text.RegularExpressions;

namespace BaliTimeline.Extraction.Reading;

/// <summary>
/// The forum's own full name, "the Bali Process on People Smuggling, Trafficking in Persons and Related Transnational
/// Crime", has commas that are not clause breaks. <see cref="Mask"/> blanks them (offsets unchanged) for readers that cut at commas.
/// </summary>
public static partial class Forum
{
    public static string Mask(string text) =>
        FullName().Replace(text, m => m.Value.Replace(',', ' '));

    [GeneratedRegex(@"People\s+Smuggling,\s+Trafficking\s+in\s+Persons,?\s+and\s+Related\s+Transnational\s+Crime", RegexOptions.IgnoreCase)]
    private static partial Regex FullName();
}
