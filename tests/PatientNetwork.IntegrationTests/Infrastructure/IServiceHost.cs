using PatientNetwork.AppHost.Model;

namespace PatientNetwork.IntegrationTests.Infrastructure;

public interface IServiceHost : IAsyncDisposable
{
    ProjectResource Project { get; }

    IServiceProvider Services { get; }

    void Start();
}
