namespace BaliTimeline.Extraction.Names;

/// <summary>Places where Bali Process meetings are held: member countries, and the cities that have hosted or may host them.</summary>
public static class Places
{
    private static readonly string[] Cities =
    [
        "Bali", "Nusa Dua", "Denpasar", "Jakarta", "Bandung", "Yogyakarta", "Lombok", "Surabaya", "Makassar", "Batam", "Bangkok",
        "Chiang Mai", "Phuket", "Pattaya", "Canberra", "Sydney", "Melbourne", "Adelaide", "Brisbane", "Perth", "Darwin", "Hobart",
        "Colombo", "Manila", "Cebu", "Kuala Lumpur", "Putrajaya", "Hanoi", "Ho Chi Minh City", "Phnom Penh", "Siem Reap", "Vientiane",
        "Yangon", "Nay Pyi Taw", "Dhaka", "Islamabad", "Kathmandu", "Thimphu", "Kabul", "Tehran", "Tokyo", "Seoul", "Beijing", "Suva",
        "Nadi", "Port Moresby", "Honiara", "Port Vila", "Apia", "Nuku'alofa", "Wellington", "Auckland", "Dili", "Male", "New Delhi",
        "Ulaanbaatar", "Geneva", "New York", "Vienna", "Abu Dhabi", "Dubai", "Amman",
    ];

    public static NameTable Table { get; } =
        new(Cities.Select(c => (c, Array.Empty<string>())).Concat(Members.CountryNames.Select(c => (c, Array.Empty<string>()))));
}
