namespace PatientNetwork.AppHost.Services;

/// <summary>
/// Several instances of each service behind Aspire's proxy on the service's port, each on a port of
/// its own. Only project resources have replicas in Aspire, so these start through
/// <c>dotnet run --no-build</c> (the generated project metadata says not to build).
/// </summary>
internal sealed class ReplicatedProjectHosting(IDistributedApplicationBuilder builder, int replicas) : IServiceHosting<ProjectResource>
{
    public IResourceBuilder<ProjectResource> Add<TProject>(string name, int? port)
        where TProject : IProjectMetadata, new() =>
        builder.AddProject<TProject>(name, options => options.ExcludeLaunchProfile = true)
            .WithHttpEndpoint(port: port, name: "http")
            .WithReplicas(replicas);
}
