namespace PatientNetwork.Benchmarks.Hosting;

/// <summary>The end of every run, whatever happened: what was started is stopped, and the data folder goes unless kept.</summary>
public static class RunFolder
{
    /// <summary>Stops <paramref name="running"/> in order (nulls were never started), names any process still using the folder, deletes it.</summary>
    public static async Task StopAndRemoveAsync(string root, bool keepData, TextWriter log, params IAsyncDisposable?[] running)
    {
        foreach (var started in running)
        {
            if (started is not null)
            {
                await started.DisposeAsync();
            }
        }

        var left = BenchmarkRun.LeftoverProcesses(root);
        if (left.Count > 0)
        {
            await log.WriteLineAsync($"Still running and mentioning {root}: {string.Join("; ", left)}");
        }

        if (keepData)
        {
            return;
        }

        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException exception)
        {
            await log.WriteLineAsync($"Could not delete {root}: {exception.Message}");
        }
    }
}
