namespace BaliTimeline.Corpus.World;

/// <summary>
/// A member state of the Bali Process as the text names it: "Indonesia", "the Philippines", "Indonesian",
/// "Indonesia's", the cities that host meetings, the agencies that co-chair, and names for invented officials.
/// </summary>
public sealed record Member(
    string Name,
    string Adjective,
    IReadOnlyList<string> Cities,
    IReadOnlyList<Agency> Agencies,
    IReadOnlyList<string> Offices,
    IReadOnlyList<string> GivenNames,
    IReadOnlyList<string> FamilyNames,
    bool Article = false,
    string? FormalName = null)
{
    /// <summary>The name inside a sentence: "Indonesia", "the Philippines".</summary>
    public string InText => Article ? "the " + Name : Name;

    /// <summary>"Indonesia's", "the Philippines'".</summary>
    public string Possessive => InText + (Name.EndsWith('s') ? "'" : "'s");

    /// <summary>"the Republic of Indonesia" where the genre uses the formal name, otherwise the name.</summary>
    public string Formal => FormalName ?? InText;

    public bool HasPeople => GivenNames.Count > 0;
}
