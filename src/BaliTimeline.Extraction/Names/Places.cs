namespace BaliTimeline.Extraction.Names;

/// <summary>Places where Bali Process meetings are held: member countries, and the cities that have hosted or may host them.</summary>
public static class Places
{
    private static readonly (string City, string Country)[] Cities =
    [
        ("Bali", "Indonesia"), ("Nusa Dua", "Indonesia"), ("Denpasar", "Indonesia"), ("Jakarta", "Indonesia"), ("Bandung", "Indonesia"),
        ("Yogyakarta", "Indonesia"), ("Lombok", "Indonesia"), ("Surabaya", "Indonesia"), ("Makassar", "Indonesia"), ("Batam", "Indonesia"),
        ("Bangkok", "Thailand"), ("Chiang Mai", "Thailand"), ("Phuket", "Thailand"), ("Pattaya", "Thailand"),
        ("Canberra", "Australia"), ("Sydney", "Australia"), ("Melbourne", "Australia"), ("Adelaide", "Australia"), ("Brisbane", "Australia"),
        ("Perth", "Australia"), ("Darwin", "Australia"), ("Hobart", "Australia"), ("Colombo", "Sri Lanka"), ("Manila", "Philippines"),
        ("Cebu", "Philippines"), ("Kuala Lumpur", "Malaysia"), ("Putrajaya", "Malaysia"), ("Hanoi", "Viet Nam"), ("Ho Chi Minh City", "Viet Nam"),
        ("Phnom Penh", "Cambodia"), ("Siem Reap", "Cambodia"), ("Vientiane", "Laos"), ("Yangon", "Myanmar"), ("Nay Pyi Taw", "Myanmar"),
        ("Dhaka", "Bangladesh"), ("Islamabad", "Pakistan"), ("Kathmandu", "Nepal"), ("Thimphu", "Bhutan"), ("Kabul", "Afghanistan"),
        ("Tehran", "Iran"), ("Tokyo", "Japan"), ("Seoul", "Republic of Korea"), ("Beijing", "China"), ("Suva", "Fiji"), ("Nadi", "Fiji"),
        ("Port Moresby", "Papua New Guinea"), ("Honiara", "Solomon Islands"), ("Port Vila", "Vanuatu"), ("Apia", "Samoa"),
        ("Nuku'alofa", "Tonga"), ("Wellington", "New Zealand"), ("Auckland", "New Zealand"), ("Dili", "Timor-Leste"), ("Male", "Maldives"),
        ("New Delhi", "India"), ("Ulaanbaatar", "Mongolia"), ("Geneva", "Switzerland"), ("New York", "United States"), ("Vienna", "Austria"),
        ("Abu Dhabi", "United Arab Emirates"), ("Dubai", "United Arab Emirates"), ("Amman", "Jordan"),
    ];

    private static readonly Dictionary<string, string> CountryOfCity = Cities.ToDictionary(c => c.City, c => c.Country, StringComparer.OrdinalIgnoreCase);

    public static NameTable Table { get; } =
        new(Cities.Select(c => (c.City, Array.Empty<string>())).Concat(Members.CountryNames.Select(c => (c, Array.Empty<string>()))));

    /// <summary>
    /// The country a place is in, by the members' canonical names where it is a member's: the country it names ("Bali, Indonesia", "Thailand"),
    /// or the country of the city it names ("Bangkok", "Nusa Dua, Bali"). Null when it names neither.
    /// </summary>
    public static string? CountryOf(string? place)
    {
        if (place is null) return null;
        // The last part is the widest ("Nusa Dua, Bali, Indonesia"): the first that is a country or a known city decides.
        return place.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Reverse()
            .Select(part => Members.Table.Canonicalise(part) is { } member && Members.CountryNames.Contains(member) ? member : CountryOfCity.GetValueOrDefault(part))
            .FirstOrDefault(country => country is not null);
    }
}
