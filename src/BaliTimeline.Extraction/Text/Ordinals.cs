using System.Globalization;
using System.Text.RegularExpressions;

namespace BaliTimeline.Extraction.Text;

/// <summary>Ordinals as the documents write them: "fourth", "Sixth", "12th", "sixteenth", "inaugural".</summary>
public static partial class Ordinals
{
    /// <summary>The ordinals written as words, in order: the n-th is ordinal n. No word is the beginning of another.</summary>
    private const string WordList =
        "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|" +
        "eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|" +
        "twenty-first|twenty-second|twenty-third|twenty-fourth|twenty-fifth";

    private static readonly string[] Words = WordList.Split('|');

    /// <summary>A regular expression fragment matching one ordinal.</summary>
    public const string Pattern = @"(?:\d{1,2}(?:st|nd|rd|th)|(?i:" + WordList + "|inaugural))";

    public static int? Parse(string written)
    {
        // Not a word of the list, nor a number: most words are not ordinals.
        if (written.Length < 3 || !(char.IsDigit(written[0]) || "fstefnt-iFSTEFNTI".Contains(written[0]))) return null;
        var digits = Numeric().Match(written);
        if (digits.Success) return int.Parse(digits.Groups[1].Value, CultureInfo.InvariantCulture);
        // "the first-ever meeting".
        var word = written.ToLowerInvariant().Replace("-ever", "", StringComparison.Ordinal);
        if (word == "inaugural") return 1;
        var index = Array.IndexOf(Words, word);
        return index < 0 ? null : index + 1;
    }

    [GeneratedRegex(@"^(\d{1,2})(?:st|nd|rd|th)$", RegexOptions.IgnoreCase)]
    private static partial Regex Numeric();
}
