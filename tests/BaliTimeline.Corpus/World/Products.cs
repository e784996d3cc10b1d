using BaliTimeline.Corpus.Randomness;

namespace BaliTimeline.Corpus.World;

/// <summary>
/// The guides and other products the bodies endorse, launch and publish: the Process's real titles, and titles made
/// the way the genre makes them ("Practitioner Guide on ...", "Handbook on ...") so names are not a short fixed list.
/// </summary>
public static class Products
{
    public static readonly string[] Known =
    [
        "Policy Guide on Criminalizing Migrant Smuggling",
        "Policy Guide on Criminalizing Trafficking in Persons",
        "Policy Guide on Identifying Victims of Trafficking",
        "Policy Guide on Protecting Victims of Trafficking",
        "Policy Guide on Identifying and Protecting Victims of Trafficking",
        "Policy Guide on Following the Money in Trafficking in Persons Cases",
        "Policy Guide on Returns and Reintegration",
        "Guidelines for Immigration Intelligence Reporting",
        "Compendium of Good Practice Examples to Combat Exploitation in Supply Chains",
        "Guide to Developing National Plans of Action for Irregular Maritime Migration Events",
        "Practitioner Guide on Trafficking Victim Identification",
        "Worker Voice and Redress Toolkit",
        "Document Examination Handbook for Frontline Officers",
    ];

    private static readonly string[] Kinds =
        ["Policy Guide on", "Practitioner Guide on", "Handbook on", "Toolkit on", "Regional Guidelines on", "Compendium of Good Practice on", "Training Manual on", "Checklist on"];

    /// <summary>A product's name as the text writes it (without an article).</summary>
    public static string Name(SplitMix64 random) =>
        random.Chance(0.45) ? random.Pick(Known) : $"{random.Pick(Kinds)} {random.Pick(Topics.Titles)}";
}
