namespace BaliTimeline.Tests;

/// <summary>
/// The revision the tests make of seed 003, a co-chairs' statement: the Australian co-chair's agency corrected from the
/// Border Force to the Department of Home Affairs, so that a revision retracts one fact and states another.
/// </summary>
public static class AgencyCorrection
{
    private const string Stated = "the Australian Border Force co-chaired";
    private const string Corrected = "the Australian Department of Home Affairs co-chaired";

    public static string Apply(string statement) => statement.Replace(Stated, Corrected);

    /// <summary>The correction taken back: the statement as first written.</summary>
    public static string Undo(string statement) => statement.Replace(Corrected, Stated);
}
