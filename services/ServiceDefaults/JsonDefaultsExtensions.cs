using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PatientNetwork.ServiceDefaults.Text;

namespace PatientNetwork.ServiceDefaults;

public static partial class Extensions
{
    /// <summary>
    /// Enums travel as kebab-case words ("lost-to-follow-up"), never as numbers; a body string with a
    /// control character is refused (<see cref="ControlCharacters"/>) before it binds.
    /// </summary>
    public static TBuilder AddJsonDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
            options.SerializerOptions.Converters.Add(new ControlCharacterRefusingStringConverter());
        });
        builder.Services.ConfigureAll<OpenApiOptions>(options => options.AddSchemaTransformer<StringSchemaTransformer>());
        return builder;
    }
}
