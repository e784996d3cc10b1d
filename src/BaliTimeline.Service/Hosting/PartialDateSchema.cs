using BaliTimeline.Facts;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace BaliTimeline.Service.Hosting;

/// <summary>
/// A <see cref="PartialDate"/> is written by its own converter as an ISO 8601 string, which the schema generator
/// cannot see; without this the OpenAPI document describes it as an empty object.
/// </summary>
public sealed class PartialDateSchema : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonTypeInfo.Type == typeof(PartialDate))
        {
            schema.Type = JsonSchemaType.String;
            schema.Description = "ISO 8601 at the precision the document states: 2018-05-16, 2018-05, 2018, a range 2018-05-14/2018-05-16, or on-or-before ../2018-05-16";
        }
        return Task.CompletedTask;
    }
}
