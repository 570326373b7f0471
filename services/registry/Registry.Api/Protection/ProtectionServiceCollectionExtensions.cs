using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace PatientNetwork.Registry.Protection;

public static class ProtectionServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="IdentityProtectionOptions"/> and registers <see cref="FieldEncryptor"/> and <see cref="BlindIndex"/>
    /// as singletons (keys are decoded once). Options are validated on start so misconfigured keys fail the boot.
    /// </summary>
    public static IServiceCollection AddIdentityProtection(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IdentityProtectionOptions>()
            .Bind(configuration.GetSection(IdentityProtectionOptions.Section))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<IdentityProtectionOptions>, IdentityProtectionOptionsValidator>());
        services.TryAddSingleton<FieldEncryptor>();
        services.TryAddSingleton<BlindIndex>();
        return services;
    }
}
