using PatientNetwork.AppHost.Health;
using PatientNetwork.AppHost.Model;

namespace PatientNetwork.AppHost.Services;

internal static class ServiceResourceExtensions
{
    /// <summary>
    /// One instance of a service, listening on its port itself as it does in production (no proxy),
    /// so a restart from the dashboard keeps the port.
    /// </summary>
    public static IResourceBuilder<ServiceResource> AddService(this IDistributedApplicationBuilder builder, string name, IProjectMetadata project, int? port)
    {
        var service = builder.AddResource(new ServiceResource(name, BuildOutput.DotnetHost, Path.GetDirectoryName(project.ProjectPath)!))
            .WithArgs(BuildOutput.EntryAssembly(project))
            .WithHttpEndpoint(port: port, targetPort: port, name: "http", isProxied: false);
        var http = service.GetEndpoint("http");
        // Set in a callback: the overload that takes the expression would list the service as a reference of its own.
        return service.WithEnvironment(context => context.EnvironmentVariables["ASPNETCORE_URLS"] = ReferenceExpression.Create($"http://localhost:{http.Property(EndpointProperty.TargetPort)}"));
    }

    /// <summary>
    /// Several instances of a service behind Aspire's proxy on the service's port, each on a port of
    /// its own. Only project resources have replicas in Aspire, so these start through <c>dotnet run</c>.
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddReplicatedService(this IDistributedApplicationBuilder builder, string name, IProjectMetadata project, int replicas, int? port) =>
        builder.AddProject(name, project.ProjectPath, options => options.ExcludeLaunchProfile = true)
            .WithHttpEndpoint(port: port, name: "http")
            .WithReplicas(replicas);

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
