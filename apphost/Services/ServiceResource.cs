namespace PatientNetwork.AppHost.Services;

/// <summary>
/// A PatientNetwork service run from its build output (<c>dotnet Registry.Api.dll</c>) instead of as
/// a project resource, which DCP starts through <c>dotnet run --no-build</c>: that evaluates the
/// project with MSBuild before the service starts, about 4.5 CPU-seconds per service measured here,
/// which made up a third of the start-up on two cores (docs/decisions/0018-services-from-build-output.md).
/// Other resources reach it by name, as a project, through service discovery.
/// </summary>
public sealed class ServiceResource(string name, string command, string workingDirectory)
    : ExecutableResource(name, command, workingDirectory), IResourceWithServiceDiscovery;
