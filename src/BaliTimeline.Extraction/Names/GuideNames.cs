namespace BaliTimeline.Extraction.Names;

/// <summary>The Bali Process's guides and other products under one canonical name each, with their aliases.</summary>
public static class GuideNames
{
    public const string FollowTheMoney = "Policy Guide on Following the Money in Trafficking in Persons Cases";
    public const string IdentifyingVictims = "Policy Guide on Identifying and Protecting Victims of Trafficking";
    public const string Criminalising = "Policy Guide on Criminalising Migrant Smuggling and Trafficking in Persons";
    public const string ReturnsAndReintegration = "Policy Guide on Returns and Reintegration";
    public const string SupplyChainsCompendium = "Compendium of Good Practice Examples to Combat Exploitation in Supply Chains";

    public static NameTable Table { get; } = new(
    [
        (FollowTheMoney, ["Follow the Money Guide", "Policy Guide on Following the Money in Trafficking in Persons Cases",
            "Guide on Following the Money in Trafficking in Persons Cases", "Following the Money in Trafficking in Persons Cases",
            "Follow the Money Policy Guide"]),
        (IdentifyingVictims, ["Policy Guide on Identifying and Protecting Victims of Trafficking",
            "Guide on Identifying and Protecting Victims of Trafficking", "Identifying and Protecting Victims of Trafficking in Persons",
            "Identifying and Protecting Victims of Trafficking"]),
        (Criminalising, ["Policy Guide on Criminalising Migrant Smuggling and Trafficking in Persons",
            "Policy Guide on Criminalizing Migrant Smuggling and Trafficking in Persons",
            "Guide on Criminalizing Migrant Smuggling and Trafficking in Persons",
            "Criminalizing Migrant Smuggling and Trafficking in Persons", "Criminalising Migrant Smuggling and Trafficking in Persons",
            "Criminalizing Trafficking in Persons and Migrant Smuggling", "Criminalising Trafficking in Persons and Migrant Smuggling"]),
        (ReturnsAndReintegration, ["Policy Guide on Returns and Reintegration", "Guide on Returns and Reintegration"]),
        (SupplyChainsCompendium, ["Compendium of Good Practice Examples to Combat Exploitation in Supply Chains",
            "Compendium of Good Practice on Supply Chains", "Supply Chains Compendium"]),
    ]);
}
