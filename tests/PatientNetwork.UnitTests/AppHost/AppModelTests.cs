using PatientNetwork.AppHost.Model;
using PatientNetwork.AppHost.Running;

namespace PatientNetwork.UnitTests.AppHost;

public sealed class AppModelTests
{
    [Fact]
    public void References_reach_a_project_with_Aspire_environment_conventions()
    {
        var registry = new ProjectResource("registry", "/repo/services/registry/Registry.Api", 5001);
        var gateway = new ProjectResource("gateway", "/repo/services/gateway/Gateway", 8080)
            .WithReference(new FakeConnection("cache", "127.0.0.1:6380"))
            .WithReference(new FakeConnection("messaging", "amqp://user:pw@127.0.0.1:5673/"))
            .WithReference(registry);

        var environment = gateway.ResolveEnvironment();

        Assert.Equal("127.0.0.1:6380", environment["ConnectionStrings__cache"]);
        Assert.Equal("amqp://user:pw@127.0.0.1:5673/", environment["ConnectionStrings__messaging"]);
        Assert.Equal("http://127.0.0.1:5001", environment["services__registry__http__0"]);
        Assert.Equal("Registry.Api", registry.AssemblyName);
    }

    [Fact]
    public void The_command_line_defaults_to_the_repository_data_folder_and_port_8080()
    {
        var settings = CommandLine.Parse([], "/repo");

        Assert.NotNull(settings);
        Assert.Equal(Path.Combine("/repo", ".data", "local"), settings.DataDirectory);
        Assert.Equal(8080, settings.GatewayPort);
        Assert.False(settings.Fresh);
        Assert.True(settings.DemoData);
    }

    [Fact]
    public void Options_change_the_settings()
    {
        var settings = CommandLine.Parse(["--fresh", "--gateway-port", "9090", "--otlp", "http://127.0.0.1:4317", "--no-demo-data"], "/repo");

        Assert.NotNull(settings);
        Assert.True(settings.Fresh);
        Assert.Equal(9090, settings.GatewayPort);
        Assert.Equal("http://127.0.0.1:4317", settings.OtlpEndpoint);
        Assert.False(settings.DemoData);
    }

    [Theory]
    [InlineData("--gateway-port", "eighty")]
    [InlineData("--unknown")]
    public void A_bad_option_is_refused_with_a_message(params string[] args) =>
        Assert.Throws<ArgumentException>(() => CommandLine.Parse(args, "/repo"));

    private sealed record FakeConnection(string ConnectionName, string ConnectionString) : IResourceWithConnectionString;
}
