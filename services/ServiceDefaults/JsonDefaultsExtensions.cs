using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace PatientNetwork.ServiceDefaults;

public static partial class Extensions
{
    /// <summary>Enums travel as kebab-case words ("lost-to-follow-up"), never as numbers.</summary>
    public static TBuilder AddJsonDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false)));
        return builder;
    }
}
