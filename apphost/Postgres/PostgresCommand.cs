namespace PatientNetwork.AppHost.Postgres;

/// <summary>
/// How the server process is started. PostgreSQL refuses to run as root, so as root it runs as the
/// <c>postgres</c> user through <c>setpriv</c> (which execs, leaving no watching parent that would
/// SIGKILL it). A stop from DCP is a SIGTERM, which PostgreSQL reads as a "smart" shutdown that waits
/// for every pooled client to leave; the small shell in front turns it into a fast shutdown, waits
/// out the trap's interruptions and ends with the server's own exit status.
/// </summary>
internal static class PostgresCommand
{
    public const string Shell = "/bin/bash";
    public const string SetPriv = "/usr/bin/setpriv";

    public static readonly string[] AsPostgresUser = ["--reuid=postgres", "--regid=postgres", "--init-groups", "--"];

    private const string FastShutdownOnTerm = """
        "$@" & child=$!
        trap 'kill -INT "$child" 2>/dev/null' TERM INT
        while kill -0 "$child" 2>/dev/null; do wait "$child"; done
        wait "$child"
        """;

    /// <summary>The arguments of <see cref="Shell"/> before the server's own: the script, then $0.</summary>
    public static IEnumerable<string> ShellPrefix(bool asRoot) =>
        ["-c", FastShutdownOnTerm, "postgres", .. asRoot ? [SetPriv, .. AsPostgresUser] : Array.Empty<string>()];
}
