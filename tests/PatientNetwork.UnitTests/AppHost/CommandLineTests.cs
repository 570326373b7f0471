using PatientNetwork.AppHost.Running;

namespace PatientNetwork.UnitTests.AppHost;

public sealed class CommandLineTests
{
    [Fact]
    public void The_command_line_defaults_to_the_repository_data_folder_port_8080_and_demo_data()
    {
        var settings = CommandLine.Parse([], "/repo");

        Assert.NotNull(settings);
        Assert.Equal(Path.Combine("/repo", ".data", "local"), settings.DataDirectory);
        Assert.Equal(8080, settings.GatewayPort);
        Assert.False(settings.Fresh);
        Assert.True(settings.ImportsDemoPatients);
    }

    [Fact]
    public void Options_change_the_settings()
    {
        var settings = CommandLine.Parse(["--fresh", "--gateway-port", "9090", "--postgres-port", "5544", "--no-demo-patients"], "/repo");

        Assert.NotNull(settings);
        Assert.True(settings.Fresh);
        Assert.Equal(9090, settings.GatewayPort);
        Assert.Equal(5544, settings.PostgresPort);
        Assert.True(settings.DemoData);
        Assert.False(settings.ImportsDemoPatients);
    }

    [Fact]
    public void Without_demo_data_no_demo_patients_are_imported()
    {
        var settings = CommandLine.Parse(["--no-demo-data"], "/repo");

        Assert.NotNull(settings);
        Assert.False(settings.DemoData);
        Assert.False(settings.ImportsDemoPatients);
    }

    [Fact]
    public void Replicas_default_to_one_and_can_be_raised() =>
        Assert.Equal((1, 2), (CommandLine.Parse([], "/repo")!.Replicas, CommandLine.Parse(["--replicas", "2"], "/repo")!.Replicas));

    [Fact]
    public void Help_asks_for_the_usage() => Assert.Null(CommandLine.Parse(["--help"], "/repo"));

    [Theory]
    [InlineData("--gateway-port", "eighty")]
    [InlineData("--gateway-port", "70000")]
    [InlineData("--data")]
    [InlineData("--unknown")]
    [InlineData("--replicas", "0")]
    [InlineData("--replicas", "9")]
    public void A_bad_option_is_refused_with_a_message(params string[] args) =>
        Assert.Throws<ArgumentException>(() => CommandLine.Parse(args, "/repo"));
}
