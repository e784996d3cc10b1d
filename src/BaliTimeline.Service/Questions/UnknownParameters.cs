namespace BaliTimeline.Service.Questions;

/// <summary>
/// A query parameter an endpoint does not take is refused, not ignored: "?as_of=2019" must not quietly answer for
/// today. The parameters an endpoint takes are its handler's string parameters (matched without regard to case, as
/// ASP.NET Core binds them).
/// </summary>
public static class UnknownParameters
{
    public static RouteGroupBuilder RefuseUnknownParameters(this RouteGroupBuilder group) => group.AddEndpointFilterFactory((factory, next) =>
    {
        var taken = factory.MethodInfo.GetParameters().Where(p => p.ParameterType == typeof(string)).Select(p => p.Name!).ToArray();
        return context =>
        {
            var unknown = context.HttpContext.Request.Query.Keys.FirstOrDefault(k => !taken.Contains(k, StringComparer.OrdinalIgnoreCase));
            if (unknown is null) return next(context);
            var expected = taken.Length == 0 ? "it takes none" : $"it takes {string.Join(", ", taken)}";
            return ValueTask.FromResult<object?>(Results.ValidationProblem(
                new Dictionary<string, string[]> { [unknown] = [$"not a parameter of this endpoint; {expected}"] },
                title: $"Invalid parameter '{unknown}'"));
        };
    });
}
