namespace BaliTimeline.Corpus.World;

/// <summary>Who co-chairs a body: Indonesia and Australia (the Process's own co-chairs), or a standing member with one that rotates.</summary>
public enum CoChairing
{
    IndonesiaAndAustralia,
    NewZealandAndRotating,
    AustraliaAndRotating,
    None,
}
