namespace BaliTimeline.Contracts;

/// <summary>A body's forward work plans as of a day, and the one in force then (null when none is known to be).</summary>
public sealed record BodyWorkPlans(string Body, WorkPlanEntry? InForce, IReadOnlyList<WorkPlanEntry> Plans);
