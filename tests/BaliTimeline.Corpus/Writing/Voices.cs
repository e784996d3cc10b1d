using BaliTimeline.Corpus.World;

namespace BaliTimeline.Corpus.Writing;

/// <summary>Who speaks in a body's documents: "Ministers" at a conference, "Senior officials" at the Ad Hoc Group, "Members" in a working group.</summary>
public static class Voices
{
    public static string Subject(Composition c)
    {
        var key = c.Main.Body.Key;
        return key switch
        {
            BodyKey.MinisterialConference => c.Random.Weighted((4, "Ministers"), (1, "Members")),
            BodyKey.AdHocGroup or BodyKey.SeniorOfficialsMeeting or BodyKey.SteeringGroup or BodyKey.ConsultationMechanism =>
                c.Random.Weighted((3, "Senior officials"), (2, "Members")),
            BodyKey.BusinessForum => c.Random.Weighted((2, "Participants"), (1, "Ministers and business leaders")),
            BodyKey.RegionalSupportOffice => c.Random.Weighted((3, "Participants"), (1, "Delegates")),
            _ => c.Random.Weighted((4, "Members"), (1, "Delegates")),
        };
    }

    /// <summary>The main meeting referred to once named: "the meeting", "the Conference", "the workshop".</summary>
    public static string Reference(Composition c) =>
        c.Main.Body.Standing ? c.Main.Body.Reference : "the " + Titles.EventNoun(c.Main.Title);
}
