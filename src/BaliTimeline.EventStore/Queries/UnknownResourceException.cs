namespace BaliTimeline.EventStore.Queries;

/// <summary>The question names something the timeline does not know (a body, a document): a 404 over HTTP.</summary>
public sealed class UnknownResourceException(string message) : Exception(message);
