namespace BaliTimeline.Facts;

/// <summary>One kind of event: its class, the name it is stored under, and the "type" tag of its public JSON.</summary>
public sealed record EventType(Type Type, string StoredName, string PublicName)
{
    /// <summary>Whether it is something a document states (a fact), rather than an event of the document's own life.</summary>
    public bool IsFact => Type.IsAssignableTo(typeof(Fact));
}
