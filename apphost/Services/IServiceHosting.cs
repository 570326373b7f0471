namespace PatientNetwork.AppHost.Services;

/// <summary>How the model runs a service: from its build output, or as replicated project resources.</summary>
/// <typeparam name="T">The resource type a service becomes.</typeparam>
internal interface IServiceHosting<T>
    where T : IResourceWithEnvironment, IResourceWithEndpoints, IResourceWithServiceDiscovery, IResourceWithWaitSupport
{
    IResourceBuilder<T> Add<TProject>(string name, int? port)
        where TProject : IProjectMetadata, new();
}
