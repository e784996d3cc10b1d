namespace BaliTimeline.Extraction.Names;

/// <summary>
/// Members' agencies under one canonical name each, with the shorter or older ways the documents write them.
/// An agency not listed keeps the name as written; a new alias belongs here, never in a rule.
/// </summary>
public static class Agencies
{
    private static readonly Dictionary<(string Member, string Written), string> Canonical = new()
    {
        [("Indonesia", "Ministry for Foreign Affairs")] = "Ministry of Foreign Affairs",
        [("Indonesia", "Foreign Ministry")] = "Ministry of Foreign Affairs",
        [("Australia", "Home Affairs")] = "Department of Home Affairs",
        [("Australia", "Border Force")] = "Australian Border Force",
        [("Australia", "ABF")] = "Australian Border Force",
        [("Australia", "Attorney General's Department")] = "Attorney-General's Department",
        [("Australia", "DFAT")] = "Department of Foreign Affairs and Trade",
        [("Australia", "Federal Police")] = "Australian Federal Police",
        [("Australia", "AFP")] = "Australian Federal Police",
        [("New Zealand", "Immigration")] = "Immigration New Zealand",
    };

    public static string Canonicalise(string member, string written) => Canonical.GetValueOrDefault((member, written), written);
}
