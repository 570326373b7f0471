namespace PatientNetwork.AppHost.Model;

public static class Repository
{
    /// <summary>The checkout this app host was built from: the folder holding PatientNetwork.sln.</summary>
    public static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PatientNetwork.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"PatientNetwork.sln not found above {AppContext.BaseDirectory}; run the app host from the repository.");
    }
}
