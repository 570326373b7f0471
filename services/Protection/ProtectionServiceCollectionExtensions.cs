using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace PatientNetwork.Protection;

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

    /// <summary>
    /// For a service that encrypts fields but never looks them up (no blind index, so no BlindIndexKey to configure):
    /// binds <see cref="IdentityProtectionOptions"/> and registers <see cref="FieldEncryptor"/>, validated on start.
    /// </summary>
    public static IServiceCollection AddFieldEncryption(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IdentityProtectionOptions>()
            .Bind(configuration.GetSection(IdentityProtectionOptions.Section))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<IdentityProtectionOptions>, FieldEncryptionOptionsValidator>());
        services.TryAddSingleton<FieldEncryptor>();
        return services;
    }

    private static bool FieldEncryptorAccepts(IdentityProtectionOptions options, out string? problem)
    {
        try
        {
            _ = new FieldEncryptor(Options.Create(options));
            problem = null;
            return true;
        }
        catch (InvalidOperationException e)
        {
            problem = e.Message;
            return false;
        }
    }

    /// <summary>The encryption keys' checks alone, with the operator's message.</summary>
    private sealed class FieldEncryptionOptionsValidator : IValidateOptions<IdentityProtectionOptions>
    {
        public ValidateOptionsResult Validate(string? name, IdentityProtectionOptions options) =>
            FieldEncryptorAccepts(options, out var problem) ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problem!);
    }
}
