namespace BaliTimeline.Corpus.World;

/// <summary>The ways the genre names a co-chair.</summary>
public enum CoChairStyle
{
    /// <summary>"Indonesia", "the Philippines".</summary>
    Country,

    /// <summary>"Indonesia (Ministry of Foreign Affairs)".</summary>
    CountryAndAgency,

    /// <summary>"Indonesia's Ministry of Foreign Affairs", "the Australian Attorney-General's Department", "the Ministry of Foreign Affairs of the Republic of Indonesia".</summary>
    Agency,

    /// <summary>"Ms Dewi Kartikasari, Director for International Security and Disarmament, Ministry of Foreign Affairs of the Republic of Indonesia".</summary>
    PersonWithAgency,

    /// <summary>"Mr Andrew Whitfield, Australia's Ambassador for People Smuggling and Human Trafficking" (an office, no agency).</summary>
    PersonWithOffice,

    /// <summary>"H.E. Budi Santoso, Minister for Foreign Affairs of the Republic of Indonesia" (an office, no agency).</summary>
    Minister,
}
