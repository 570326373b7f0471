using PatientNetwork.AppHost.Health;
using PatientNetwork.AppHost.Model;

namespace PatientNetwork.AppHost.Services;

internal static class ServiceResourceExtensions
{
    /// <summary>What every service gets, however it runs: its health probe, telemetry export and settings.</summary>
    public static IResourceBuilder<T> AsPatientNetworkService<T>(this IResourceBuilder<T> service, AppHostSettings settings, IResourceBuilder<ParameterResource> publicKey)
        where T : IResourceWithEnvironment, IResourceWithEndpoints =>
        service
            .WithHealthEndpointProbe()
            .WithOtlpExporter(OtlpProtocol.HttpProtobuf)
            .WithEnvironment("ASPNETCORE_ENVIRONMENT", settings.EnvironmentName)
            .WithEnvironment("Auth__PublicKeyPem", publicKey)
            .WithEnvironment("DemoData__Enabled", settings.DemoData ? "true" : "false");
}
