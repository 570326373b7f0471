namespace PatientNetwork.AppHost.Servers;

internal static class LogTail
{
    /// <summary>Formats the last lines of each existing log so start failures are diagnosable from the exception alone.</summary>
    public static string Read(int lines, params string[] paths)
    {
        var parts = new List<string>();
        foreach (var path in paths)
        {
            if (!File.Exists(path))
            {
                continue;
            }

            string[] all;
            try
            {
                // The server may still hold the file open for writing.
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var reader = new StreamReader(stream);
                all = reader.ReadToEnd().Split('\n');
            }
            catch (IOException ex)
            {
                parts.Add($"--- {path}: unreadable ({ex.Message})");
                continue;
            }

            var tail = all.Reverse().SkipWhile(string.IsNullOrWhiteSpace).Take(lines).Reverse();
            parts.Add($"--- last {lines} lines of {path}:{Environment.NewLine}{string.Join(Environment.NewLine, tail)}");
        }

        return parts.Count == 0 ? "(no log output)" : string.Join(Environment.NewLine, parts);
    }
}
