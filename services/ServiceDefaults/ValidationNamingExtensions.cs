using System.Text.Json;
using FluentValidation;
using Microsoft.Extensions.Hosting;

namespace PatientNetwork.ServiceDefaults;

public static partial class Extensions
{
    /// <summary>
    /// Field errors name fields as the JSON does ("dateOfBirth", "guardians[0].phone"), the same way
    /// whether the body failed to bind or failed validation.
    /// </summary>
    public static TBuilder AddValidationDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        ValidatorOptions.Global.PropertyNameResolver = (_, member, _) =>
            member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);
        return builder;
    }
}
