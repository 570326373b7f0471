using System.Diagnostics;
using System.Globalization;
using PatientNetwork.AppHost.Postgres;

namespace PatientNetwork.UnitTests.AppHost;

public sealed class PostgresCommandTests
{
    /// <summary>
    /// DCP stops an executable with SIGTERM, which PostgreSQL takes as a "smart" shutdown that waits
    /// for every client; the shell in front must hand the server SIGINT (fast shutdown) instead.
    /// A stand-in server reports the signal it got.
    /// </summary>
    [Fact]
    public async Task A_stop_from_DCP_reaches_the_server_as_a_fast_shutdown()
    {
        var start = new ProcessStartInfo(PostgresCommand.Shell) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in PostgresCommand.ShellPrefix(asRoot: false))
        {
            start.ArgumentList.Add(argument);
        }

        // Like the postmaster, the stand-in installs its own handlers (a shell could not: the background
        // job it runs as starts with SIGINT ignored, which only a program's own handler overrides).
        start.ArgumentList.Add("/usr/bin/perl");
        start.ArgumentList.Add("-e");
        start.ArgumentList.Add("$| = 1; $SIG{INT} = sub { print \"got INT\\n\"; exit 3 }; $SIG{TERM} = sub { print \"got TERM\\n\"; exit 0 }; print \"ready\\n\"; sleep 1 while 1;");
        using var shell = Process.Start(start)!;
        Assert.Equal("ready", await shell.StandardOutput.ReadLineAsync());

        using (var kill = Process.Start("kill", ["-s", "TERM", shell.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill!.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var reported = await shell.StandardOutput.ReadLineAsync(timeout.Token);
        await shell.WaitForExitAsync(timeout.Token);

        Assert.Equal("got INT", reported);
        Assert.Equal(3, shell.ExitCode); // the server's own status, not the shell's
    }
}
