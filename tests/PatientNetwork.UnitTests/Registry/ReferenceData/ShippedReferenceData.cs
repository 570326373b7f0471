using PatientNetwork.Registry.ReferenceData;

namespace PatientNetwork.UnitTests.Registry.ReferenceData;

/// <summary>
/// The reference lists as they are in the source tree (services/registry/Registry.Api/ReferenceData), so the tests
/// check the files that are committed, whatever the build copies to its output.
/// </summary>
internal static class ShippedReferenceData
{
    private static readonly Lazy<ReferenceCatalog> LazyCatalog = new(() => ReferenceCatalog.Load(Folder));

    public static string Folder { get; } = Path.Combine(
        RepositoryRoot(), "services", "registry", "Registry.Api", ReferenceCatalog.FolderName);

    public static ReferenceCatalog Catalog => LazyCatalog.Value;

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PatientNetwork.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No folder holding PatientNetwork.sln above '{AppContext.BaseDirectory}'.");
    }
}
