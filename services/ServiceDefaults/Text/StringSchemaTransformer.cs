using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace PatientNetwork.ServiceDefaults.Text;

/// <summary>
/// Gives strings back the OpenAPI schema they had before <see cref="ControlCharacterRefusingStringConverter"/>:
/// the schema generator describes a type with a custom converter as "anything", which would leave
/// every text field of every document untyped.
/// </summary>
public sealed class StringSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var typeInfo = context.JsonTypeInfo;
        if (typeInfo.Type == typeof(string) && schema.Type is null)
        {
            schema.Type = context.JsonPropertyInfo is { IsGetNullable: true } ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String;
        }
        else if (typeInfo.ElementType == typeof(string) && typeInfo.Kind == JsonTypeInfoKind.Enumerable && schema.Items is null)
        {
            schema.Items = new OpenApiSchema { Type = JsonSchemaType.String };
        }
        else if (typeInfo.ElementType == typeof(string) && typeInfo.Kind == JsonTypeInfoKind.Dictionary && schema.AdditionalProperties is null)
        {
            schema.AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.String };
        }

        return Task.CompletedTask;
    }
}
