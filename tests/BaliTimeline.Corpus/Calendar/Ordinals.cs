using System.Globalization;

namespace BaliTimeline.Corpus.Calendar;

/// <summary>Ordinals as the genre writes them: "Eighth", "eighth", "8th", "Twenty-First".</summary>
public static class Ordinals
{
    private static readonly string[] Units =
        ["", "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth",
         "Eleventh", "Twelfth", "Thirteenth", "Fourteenth", "Fifteenth", "Sixteenth", "Seventeenth", "Eighteenth", "Nineteenth"];

    private static readonly string[] Tens = ["", "", "Twent", "Thirt", "Fort"];

    private static readonly string[] Cardinals = ["", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine"];

    /// <summary>"Eighth", "Twentieth", "Twenty-First" (1 to 49).</summary>
    public static string Word(int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, 49);
        if (n < 20) return Units[n];
        var tens = Tens[n / 10];
        return n % 10 == 0 ? tens + "ieth" : $"{tens}y-{Units[n % 10]}";
    }

    public static string LowerWord(int n) => Word(n).ToLowerInvariant();

    /// <summary>"1st", "2nd", "3rd", "11th", "22nd".</summary>
    public static string Numeric(int n)
    {
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return n.ToString(CultureInfo.InvariantCulture) + suffix;
    }

    /// <summary>A head count as a sentence may open with it: "Sixty-two" (20 to 99), otherwise digits.</summary>
    public static string CountWord(int n)
    {
        if (n is < 20 or > 99) return n.ToString(CultureInfo.InvariantCulture);
        var tens = (n / 10) switch { 2 => "Twenty", 3 => "Thirty", 4 => "Forty", 5 => "Fifty", 6 => "Sixty", 7 => "Seventy", 8 => "Eighty", _ => "Ninety" };
        return n % 10 == 0 ? tens : $"{tens}-{Cardinals[n % 10].ToLowerInvariant()}";
    }
}
