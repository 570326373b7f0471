using System.Globalization;

namespace PatientNetwork.AppHost.Postgres;

internal static class PostgresBinaries
{
    private const string Root = "/usr/lib/postgresql";

    /// <summary>
    /// Debian installs each major version side by side under /usr/lib/postgresql/&lt;version&gt;/bin and keeps
    /// none of them on PATH, so the newest one with an initdb is chosen.
    /// </summary>
    public static string? FindBinDirectory()
    {
        if (!Directory.Exists(Root))
        {
            return null;
        }

        return Directory.EnumerateDirectories(Root)
            .Select(dir => (dir, version: decimal.TryParse(Path.GetFileName(dir), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : -1m))
            .Where(x => x.version >= 0 && File.Exists(Path.Combine(x.dir, "bin", "initdb")))
            .OrderByDescending(x => x.version)
            .Select(x => Path.Combine(x.dir, "bin"))
            .FirstOrDefault();
    }
}
