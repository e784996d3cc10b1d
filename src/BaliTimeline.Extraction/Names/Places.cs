namespace BaliTimeline.Extraction.Names;

/// <summary>Places where Bali Process meetings are held: member countries, and the cities that have hosted or may host them.</summary>
public static class Places
{
    private static readonly string[] Cities =
    [
        "Bali", "Jakarta", "Bandung", "Yogyakarta", "Lombok", "Surabaya", "Bangkok", "Canberra", "Sydney", "Melbourne", "Adelaide",
        "Brisbane", "Perth", "Darwin", "Colombo", "Manila", "Kuala Lumpur", "Hanoi", "Ho Chi Minh City", "Phnom Penh", "Vientiane",
        "Yangon", "Nay Pyi Taw", "Dhaka", "Islamabad", "Kathmandu", "Tokyo", "Seoul", "Beijing", "Suva", "Nadi", "Port Moresby",
        "Wellington", "Auckland", "Dili", "Male", "New Delhi", "Geneva", "New York", "Vienna", "Abu Dhabi", "Dubai", "Amman",
    ];

    public static NameTable Table { get; } =
        new(Cities.Select(c => (c, Array.Empty<string>())).Concat(Members.Table.Canonicals.Select(c => (c, Array.Empty<string>()))));
}
