namespace BaliTimeline.Corpus.World;

/// <summary>The bodies of the Bali Process, with the names the genre uses for them.</summary>
public static class Bodies
{
    public static readonly Body MinisterialConference = new(BodyKey.MinisterialConference, "Ministerial Conference",
        ["Bali Regional Ministerial Conference on People Smuggling, Trafficking in Persons and Related Transnational Crime",
         "Bali Process Ministerial Conference", "Regional Ministerial Conference", "Ministerial Conference"],
        null, 2002, year => 1 + (year - 2002) / 3, true, CoChairing.IndonesiaAndAustralia, "Ministers and senior representatives", "the Conference");

    public static readonly Body SeniorOfficialsMeeting = new(BodyKey.SeniorOfficialsMeeting, "Senior Officials Meeting",
        ["Senior Officials' Meeting"], "SOM", 2002, year => 1 + (year - 2002) / 3, true, CoChairing.IndonesiaAndAustralia, "Senior officials", "the meeting");

    public static readonly Body AdHocGroup = new(BodyKey.AdHocGroup, "Ad Hoc Group Senior Officials Meeting",
        ["Ad Hoc Group Senior Officials' Meeting", "Ad Hoc Group Senior Officials\u2019 Meeting", "Meeting of the Ad Hoc Group Senior Officials"],
        "AHG SOM", 2009, year => year - 2005, true, CoChairing.IndonesiaAndAustralia, "Senior officials", "the meeting", "Ad Hoc Group");

    public static readonly Body SteeringGroup = new(BodyKey.SteeringGroup, "Steering Group",
        ["Bali Process Steering Group", "Steering Group"], null, 2002, year => year - 1998, true,
        CoChairing.IndonesiaAndAustralia, "Senior officials of the Steering Group members", "the meeting", "Steering Group");

    public static readonly Body TraffickingWorkingGroup = new(BodyKey.TraffickingWorkingGroup, "Working Group on Trafficking in Persons",
        ["Working Group on Trafficking in Persons", "Trafficking in Persons Working Group"], "WG-TIP", 2015, year => year - 2014, true,
        CoChairing.IndonesiaAndAustralia, "Anti-trafficking practitioners", "the meeting", "Working Group on Trafficking in Persons");

    public static readonly Body DisruptionWorkingGroup = new(BodyKey.DisruptionWorkingGroup, "Working Group on Disruption of People Smuggling and Trafficking in Persons Networks",
        ["Working Group on Disruption of People Smuggling and Trafficking in Persons Networks"], "DWG", 2015, year => year - 2014, true,
        CoChairing.NewZealandAndRotating, "Police, immigration and border officials", "the meeting",
        "Working Group on Disruption of People Smuggling and Trafficking in Persons Networks");

    /// <summary>The Disruption Working Group's name from 2020: the labels keep the name the text uses.</summary>
    public static readonly Body DisruptionWorkingGroupRenamed = DisruptionWorkingGroup with
    {
        GoldName = "Working Group on Disruption of Criminal Networks Involved in People Smuggling and Trafficking in Persons",
        Names = ["Working Group on Disruption of Criminal Networks Involved in People Smuggling and Trafficking in Persons"],
        Convener = "Working Group on Disruption of Criminal Networks Involved in People Smuggling and Trafficking in Persons",
    };

    public static readonly Body ReturnsExpertsGroup = new(BodyKey.ReturnsExpertsGroup, "Technical Experts Group on Returns and Reintegration",
        ["Technical Experts Group on Returns and Reintegration"], "TEG-RR", 2018, year => year - 2017, true,
        CoChairing.AustraliaAndRotating, "Officials responsible for returns and reintegration", "the meeting",
        "Technical Experts Group on Returns and Reintegration");

    public static readonly Body TaskForce = new(BodyKey.TaskForce, "Task Force on Planning and Preparedness",
        ["Task Force on Planning and Preparedness"], "TFPP", 2016, year => year - 2015, true,
        CoChairing.IndonesiaAndAustralia, "Officials from search and rescue, immigration and law enforcement agencies", "the meeting",
        "Task Force on Planning and Preparedness");

    public static readonly Body BusinessForum = new(BodyKey.BusinessForum, "Government and Business Forum",
        ["Bali Process Government and Business Forum", "Government and Business Forum"], "GABF", 2017, year => 1 + (year - 2017) / 2, true,
        CoChairing.IndonesiaAndAustralia, "Ministers and business leaders", "the Forum");

    public static readonly Body ConsultationMechanism = new(BodyKey.ConsultationMechanism, "Consultation Mechanism",
        ["Bali Process Consultation Mechanism", "Consultation Mechanism"], null, 2017, year => 1 + (year - 2017) / 2, true,
        CoChairing.IndonesiaAndAustralia, "Senior officials of the affected countries", "the meeting");

    public static readonly Body RegionalSupportOffice = new(BodyKey.RegionalSupportOffice, "Regional Support Office",
        ["Regional Support Office of the Bali Process", "Regional Support Office"], "RSO", 2012, _ => 0, false,
        CoChairing.None, "Participants", "the workshop");

    /// <summary>The disruption group under the name it had in a given year.</summary>
    public static Body Disruption(int year) => year >= 2020 ? DisruptionWorkingGroupRenamed : DisruptionWorkingGroup;

    /// <summary>Bodies whose meetings a document reports, and how often each is the subject.</summary>
    public static readonly (int Weight, BodyKey Key)[] Subjects =
    [
        (7, BodyKey.MinisterialConference), (11, BodyKey.AdHocGroup), (6, BodyKey.SteeringGroup), (13, BodyKey.TraffickingWorkingGroup),
        (10, BodyKey.DisruptionWorkingGroup), (8, BodyKey.ReturnsExpertsGroup), (8, BodyKey.TaskForce), (6, BodyKey.BusinessForum),
        (3, BodyKey.ConsultationMechanism), (20, BodyKey.RegionalSupportOffice),
    ];

    public static Body Of(BodyKey key, int year) => key switch
    {
        BodyKey.MinisterialConference => MinisterialConference,
        BodyKey.SeniorOfficialsMeeting => SeniorOfficialsMeeting,
        BodyKey.AdHocGroup => AdHocGroup,
        BodyKey.SteeringGroup => SteeringGroup,
        BodyKey.TraffickingWorkingGroup => TraffickingWorkingGroup,
        BodyKey.DisruptionWorkingGroup => Disruption(year),
        BodyKey.ReturnsExpertsGroup => ReturnsExpertsGroup,
        BodyKey.TaskForce => TaskForce,
        BodyKey.BusinessForum => BusinessForum,
        BodyKey.ConsultationMechanism => ConsultationMechanism,
        _ => RegionalSupportOffice,
    };
}
