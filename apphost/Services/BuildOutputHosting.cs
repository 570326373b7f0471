namespace PatientNetwork.AppHost.Services;

/// <summary>
/// One instance of each service, run from its build output and listening on its port itself as it
/// does in production (no proxy), so a restart from the dashboard keeps the port.
/// </summary>
internal sealed class BuildOutputHosting(IDistributedApplicationBuilder builder) : IServiceHosting<ServiceResource>
{
    public IResourceBuilder<ServiceResource> Add<TProject>(string name, int? port)
        where TProject : IProjectMetadata, new()
    {
        var project = new TProject();
        var service = builder.AddResource(new ServiceResource(name, BuildOutput.DotnetHost, Path.GetDirectoryName(project.ProjectPath)!))
            .WithArgs(BuildOutput.EntryAssembly(project))
            .WithHttpEndpoint(port: port, targetPort: port, name: "http", isProxied: false);
        var http = service.GetEndpoint("http");
        // Set in a callback: the overload that takes the expression would list the service as a reference of its own.
        return service.WithEnvironment(context => context.EnvironmentVariables["ASPNETCORE_URLS"] = ReferenceExpression.Create($"http://localhost:{http.Property(EndpointProperty.TargetPort)}"));
    }
}
