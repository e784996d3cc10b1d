namespace BaliTimeline.Corpus.World;

public enum BodyKey
{
    MinisterialConference,
    SeniorOfficialsMeeting,
    AdHocGroup,
    SteeringGroup,
    TraffickingWorkingGroup,
    DisruptionWorkingGroup,
    ReturnsExpertsGroup,
    TaskForce,
    BusinessForum,
    ConsultationMechanism,
    RegionalSupportOffice,
}
