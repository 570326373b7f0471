using Microsoft.Extensions.Options;

namespace PatientNetwork.Protection;

/// <summary>
/// Runs the same checks as the constructors at start-up, so a missing key stops the service when it boots
/// instead of failing the first request that touches a patient's identity.
/// </summary>
internal sealed class IdentityProtectionOptionsValidator : IValidateOptions<IdentityProtectionOptions>
{
    public ValidateOptionsResult Validate(string? name, IdentityProtectionOptions options)
    {
        try
        {
            var wrapped = Options.Create(options);
            _ = new FieldEncryptor(wrapped);
            _ = new BlindIndex(wrapped);
            return ValidateOptionsResult.Success;
        }
        catch (InvalidOperationException e)
        {
            return ValidateOptionsResult.Fail(e.Message);
        }
    }
}
