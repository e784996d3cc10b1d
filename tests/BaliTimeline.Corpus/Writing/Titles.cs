using BaliTimeline.Corpus.Calendar;
using BaliTimeline.Corpus.Randomness;
using BaliTimeline.Corpus.World;

namespace BaliTimeline.Corpus.Writing;

/// <summary>The proper titles the genre gives meetings: "Eighth Bali Process Ministerial Conference", "12th Ad Hoc Group Senior Officials' Meeting".</summary>
public static class Titles
{
    private static readonly string[] EventKinds =
        ["Workshop", "Regional Workshop", "Regional Dialogue", "Roundtable", "Training Course", "Technical Workshop", "Regional Symposium"];

    public static string Of(Body body, int ordinal, SplitMix64 random)
    {
        var ord = random.Chance(0.8) ? Ordinals.Word(ordinal) : Ordinals.Numeric(ordinal);
        return body.Key switch
        {
            BodyKey.MinisterialConference => random.Weighted(
                (2, $"{ord} Bali Regional Ministerial Conference on People Smuggling, Trafficking in Persons and Related Transnational Crime"),
                (3, $"{ord} Bali Process Ministerial Conference"), (2, $"{ord} Ministerial Conference"), (1, $"{ord} Regional Ministerial Conference")),
            BodyKey.SeniorOfficialsMeeting => $"{ord} Senior Officials' Meeting",
            BodyKey.AdHocGroup => random.Weighted(
                (3, $"{ord} Ad Hoc Group Senior Officials' Meeting"), (2, $"{ord} Meeting of the Ad Hoc Group Senior Officials"),
                (1, $"{ord} Bali Process Ad Hoc Group Senior Officials\u2019 Meeting")),
            BodyKey.SteeringGroup => random.Weighted((3, $"{ord} Meeting of the Bali Process Steering Group"), (1, $"{ord} Steering Group Meeting")),
            BodyKey.TraffickingWorkingGroup => random.Weighted(
                (3, $"{ord} Annual Meeting of the Working Group on Trafficking in Persons"),
                (2, $"{ord} Meeting of the Bali Process Working Group on Trafficking in Persons"),
                (1, $"{ord} Annual Meeting of the Trafficking in Persons Working Group")),
            BodyKey.DisruptionWorkingGroup => random.Weighted((3, $"{ord} Annual Meeting of the {body.Name}"), (1, $"{ord} Meeting of the Bali Process {body.Name}")),
            BodyKey.ReturnsExpertsGroup => random.Weighted(
                (3, $"{ord} Meeting of the Technical Experts Group on Returns and Reintegration"),
                (1, $"{ord} Bali Process Meeting of the Technical Experts Group on Returns and Reintegration")),
            BodyKey.TaskForce => random.Weighted(
                (2, $"{ord} Meeting of the Task Force on Planning and Preparedness"), (1, $"{ord} Annual Meeting of the Task Force on Planning and Preparedness")),
            BodyKey.BusinessForum => random.Weighted((2, $"{ord} Bali Process Government and Business Forum"), (1, $"{ord} Government and Business Forum")),
            BodyKey.ConsultationMechanism => $"{ord} Meeting of the Bali Process Consultation Mechanism",
            _ => Event(random),
        };
    }

    /// <summary>A one-off event's title: "RSO Regional Workshop on Document Examination", "Bali Process Roundtable on Ethical Recruitment".</summary>
    public static string Event(SplitMix64 random)
    {
        var kind = random.Pick(EventKinds);
        var prefix = random.Weighted((3, "RSO "), (3, "Bali Process "), (2, ""));
        return $"{prefix}{kind} on {random.Pick(Topics.Titles)}";
    }

    /// <summary>The word the text uses for a one-off event once named: "the workshop", "the dialogue".</summary>
    public static string EventNoun(string title) =>
        title.Contains("Dialogue", StringComparison.Ordinal) ? "dialogue"
        : title.Contains("Roundtable", StringComparison.Ordinal) ? "roundtable"
        : title.Contains("Course", StringComparison.Ordinal) ? "course"
        : title.Contains("Symposium", StringComparison.Ordinal) ? "symposium"
        : "workshop";
}
