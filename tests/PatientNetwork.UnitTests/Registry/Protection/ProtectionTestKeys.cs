using Microsoft.Extensions.Options;
using PatientNetwork.Protection;

namespace PatientNetwork.UnitTests.Registry.Protection;

/// <summary>Fixed keys so failures are reproducible; never used outside tests.</summary>
internal static class ProtectionTestKeys
{
    public static readonly string V1 = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
    public static readonly string V2 = Convert.ToBase64String(Enumerable.Range(101, 32).Select(i => (byte)i).ToArray());
    public static readonly string Index = Convert.ToBase64String(Enumerable.Range(201, 32).Select(i => (byte)i).ToArray());
    public static readonly string OtherIndex = Convert.ToBase64String(Enumerable.Repeat((byte)7, 32).ToArray());

    public static IOptions<IdentityProtectionOptions> Options(string current = "v1", string? blindIndexKey = null, params (string Version, string Key)[] keys)
    {
        var options = new IdentityProtectionOptions
        {
            CurrentKeyVersion = current,
            BlindIndexKey = blindIndexKey ?? Index,
            Keys = keys.Length == 0 ? new() { ["v1"] = V1 } : keys.ToDictionary(k => k.Version, k => k.Key),
        };
        return Microsoft.Extensions.Options.Options.Create(options);
    }
}
