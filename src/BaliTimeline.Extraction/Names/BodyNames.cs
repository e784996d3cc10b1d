namespace BaliTimeline.Extraction.Names;

/// <summary>
/// The Bali Process's bodies under one canonical name each, with the ways the documents write them.
/// A new alias belongs here, never in a rule.
/// </summary>
public static class BodyNames
{
    public const string BaliProcess = "Bali Process";
    public const string TraffickingWorkingGroup = "Working Group on Trafficking in Persons";
    public const string DisruptionWorkingGroup = "Working Group on the Disruption of People Smuggling and Trafficking in Persons Networks";
    public const string MinisterialConference = "Bali Process Ministerial Conference";
    public const string SteeringGroup = "Senior Officials Steering Group";
    public const string SeniorOfficialsMeeting = "Senior Officials' Meeting";
    public const string PlanningAndPreparedness = "Task Force on Planning and Preparedness";
    public const string ReturnsAndReintegration = "Technical Experts Group on Returns and Reintegration";
    public const string GovernmentAndBusinessForum = "Government and Business Forum";
    public const string RegionalSupportOffice = "Regional Support Office";
    public const string AdHocGroup = "Ad Hoc Group";
    public const string ConsultationMechanism = "Consultation Mechanism";

    public static NameTable Table { get; } = new(
    [
        (TraffickingWorkingGroup, ["Trafficking in Persons Working Group", "Working Group on Trafficking in Persons",
            "TIP Working Group", "TIPWG", "TIP WG", "WG-TIP", "WGTIP", "Working Group on Trafficking"]),
        (DisruptionWorkingGroup, ["Working Group on the Disruption of People Smuggling and Trafficking in Persons Networks",
            "Working Group on Disruption of Criminal Networks involved in People Smuggling and Human Trafficking",
            "Working Group on the Disruption of Criminal Networks involved in People Smuggling and Human Trafficking",
            "Working Group on Disruption of Criminal Networks Involved in People Smuggling and Trafficking in Persons",
            "Working Group on the Disruption of Criminal Networks Involved in People Smuggling and Trafficking in Persons",
            "Working Group on Disruption of People Smuggling and Trafficking in Persons Networks",
            "Working Group on Disruption of Criminal Networks", "Disruption Working Group", "DWG"]),
        // The Ad Hoc Group's meetings are its Senior Officials' Meetings, numbered as the group's.
        (AdHocGroup, ["Ad Hoc Group", "AHG", "Ad Hoc Group Senior Officials Meeting", "Ad Hoc Group Senior Officials",
            "Ad Hoc Senior Officials Meeting", "Ad Hoc Group Senior Officials' Meeting", "AHG Senior Officials' Meeting", "AHG Senior Officials Meeting",
            "AHG Senior Officials", "Ad Hoc Group SOM", "AHG SOM", "AHGSOM"]),
        (MinisterialConference, ["Regional Ministerial Conference", "Ministerial Conference", "Regional Bali Process Ministerial Conference",
            "Bali Process Ministerial Conference", "Bali Regional Ministerial Conference"]),
        (SteeringGroup, ["Senior Officials Steering Group", "Steering Group"]),
        // The senior officials' meeting that prepares a Ministerial Conference; not the Ad Hoc Group's, which names its group.
        (SeniorOfficialsMeeting, ["Senior Officials' Meeting", "Senior Officials Meeting", "Senior Officials' Meetings", "Senior Officials Meetings", "SOM"]),
        (PlanningAndPreparedness, ["Task Force on Planning and Preparedness", "Taskforce on Planning and Preparedness", "TFPP"]),
        (ReturnsAndReintegration, ["Technical Experts Group on Returns and Reintegration", "Technical Experts Group", "TEG-RR", "TEGRR", "TEG"]),
        (GovernmentAndBusinessForum, ["Bali Process Government and Business Forum", "Government and Business Forum",
            "Business and Government Forum", "GABF"]),
        (RegionalSupportOffice, ["Regional Support Office", "RSO"]),
        (ConsultationMechanism, ["Bali Process Consultation Mechanism", "Consultation Mechanism"]),
        (BaliProcess, ["Bali Process"]),
    ],
    // "Bali Process" qualifies most names ("Bali Process Roundtable"); alone it names the forum itself.
    // "Bali Process trafficking working group" names a body of it in lower case, not the forum.
    new Dictionary<string, string> { ["Bali Process"] = @"(?=\s+on\s+People|\s*[^\w\s'\u2019]|(?-i:\s+[a-z])|\s*$)(?!(?-i:\s+(?:[a-z]+\s+){0,3}(?:group|working\s+group|task\s+force|committee|forum|office|mechanism)\b))" });
}
