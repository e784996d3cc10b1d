namespace BaliTimeline.Extraction.Names;

/// <summary>
/// Bali Process members, by the country names and adjectives the documents use for them, and the international
/// organisations that are members in their own right.
/// </summary>
public static class Members
{
    private static readonly (string Country, string[] Forms)[] Countries =
    [
        ("Afghanistan", ["Afghan"]), ("Australia", ["Australian"]), ("Bangladesh", ["Bangladeshi"]), ("Bhutan", ["Bhutanese"]),
        ("Brunei Darussalam", ["Brunei", "Bruneian"]), ("Cambodia", ["Cambodian"]), ("China", ["Chinese"]), ("Fiji", ["Fijian"]),
        ("France", ["French"]), ("India", ["Indian"]), ("Indonesia", ["Indonesian", "Republic of Indonesia"]), ("Iran", ["Iranian"]),
        ("Iraq", ["Iraqi"]), ("Japan", ["Japanese"]), ("Jordan", ["Jordanian"]), ("Kiribati", []), ("Laos", ["Lao PDR", "Lao"]),
        ("Malaysia", ["Malaysian"]), ("Maldives", ["Maldivian"]), ("Mongolia", ["Mongolian"]), ("Myanmar", []), ("Nauru", ["Nauruan"]),
        ("Nepal", ["Nepalese", "Nepali"]), ("New Zealand", []), ("Pakistan", ["Pakistani"]), ("Palau", ["Palauan"]),
        ("Papua New Guinea", ["Papua New Guinean", "PNG"]), ("Philippines", ["Philippine", "Filipino"]), ("Republic of Korea", ["Korean", "Korea"]),
        ("Samoa", ["Samoan"]), ("Singapore", ["Singaporean"]), ("Solomon Islands", []), ("Sri Lanka", ["Sri Lankan"]),
        ("Syria", ["Syrian"]), ("Thailand", ["Thai", "Royal Thai Government"]), ("Timor-Leste", ["Timorese"]), ("Tonga", ["Tongan"]),
        ("Türkiye", ["Turkey", "Turkish"]), ("United Arab Emirates", ["UAE", "Emirati"]),
        ("United States", ["USA", "United States of America", "American"]), ("Vanuatu", []), ("Viet Nam", ["Vietnam", "Vietnamese"]),
    ];

    private static readonly (string Organisation, string[] Forms)[] Organisations =
    [
        ("International Organization for Migration", ["IOM", "International Organisation for Migration"]),
        ("UNHCR", ["Office of the United Nations High Commissioner for Refugees", "United Nations High Commissioner for Refugees"]),
        ("UNODC", ["United Nations Office on Drugs and Crime"]),
    ];

    public static NameTable Table { get; } = new(Countries.Concat(Organisations));

    /// <summary>The member countries' names, for places.</summary>
    public static IEnumerable<string> CountryNames => Countries.Select(c => c.Country);
}
