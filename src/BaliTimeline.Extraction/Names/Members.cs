namespace BaliTimeline.Extraction.Names;

/// <summary>Bali Process members, by the country names and adjectives the documents use for them.</summary>
public static class Members
{
    private static readonly (string Country, string[] Forms)[] Entries =
    [
        ("Afghanistan", ["Afghan"]), ("Australia", ["Australian"]), ("Bangladesh", ["Bangladeshi"]), ("Bhutan", ["Bhutanese"]),
        ("Brunei Darussalam", ["Brunei", "Bruneian"]), ("Cambodia", ["Cambodian"]), ("China", ["Chinese"]), ("Fiji", ["Fijian"]),
        ("France", ["French"]), ("India", ["Indian"]), ("Indonesia", ["Indonesian", "Republic of Indonesia"]), ("Iran", ["Iranian"]),
        ("Iraq", ["Iraqi"]), ("Japan", ["Japanese"]), ("Jordan", ["Jordanian"]), ("Kiribati", []), ("Laos", ["Lao PDR", "Lao"]),
        ("Malaysia", ["Malaysian"]), ("Maldives", ["Maldivian"]), ("Mongolia", ["Mongolian"]), ("Myanmar", []), ("Nauru", ["Nauruan"]),
        ("Nepal", ["Nepalese", "Nepali"]), ("New Zealand", []), ("Pakistan", ["Pakistani"]), ("Palau", ["Palauan"]),
        ("Papua New Guinea", ["Papua New Guinean", "PNG"]), ("Philippines", ["Philippine", "Filipino"]), ("Republic of Korea", ["Korean", "Korea"]),
        ("Samoa", ["Samoan"]), ("Singapore", ["Singaporean"]), ("Solomon Islands", []), ("Sri Lanka", ["Sri Lankan"]),
        ("Syria", ["Syrian"]), ("Thailand", ["Thai"]), ("Timor-Leste", ["Timorese"]), ("Tonga", ["Tongan"]), ("Türkiye", ["Turkey", "Turkish"]),
        ("United Arab Emirates", ["UAE", "Emirati"]), ("United States", ["USA", "United States of America", "American"]),
        ("Vanuatu", []), ("Viet Nam", ["Vietnam", "Vietnamese"]),
    ];

    public static NameTable Table { get; } = new(Entries.Select(e => (e.Country, e.Forms)));
}
