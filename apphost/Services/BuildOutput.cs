using System.Reflection;
using System.Runtime.InteropServices;

namespace PatientNetwork.AppHost.Services;

/// <summary>
/// Where the build put a service and the <c>dotnet</c> that runs it. The app host builds the
/// services it references with its own configuration and target framework, so a service's entry
/// assembly is <c>bin/{configuration}/{framework}/{project}.dll</c> beside its project file.
/// </summary>
internal static class BuildOutput
{
    private static readonly Assembly AppHost = typeof(BuildOutput).Assembly;

    /// <summary>The <c>dotnet</c> host three folders above the shared runtime the app host itself runs on.</summary>
    public static string DotnetHost { get; } = FindDotnetHost();

    public static string EntryAssembly(IProjectMetadata project)
    {
        var configuration = AppHost.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var framework = AppHost.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "TargetFramework").Value!;
        var directory = Path.GetDirectoryName(project.ProjectPath)!;
        var assembly = Path.Combine(directory, "bin", configuration, framework, Path.GetFileNameWithoutExtension(project.ProjectPath) + ".dll");
        return File.Exists(assembly)
            ? assembly
            : throw new InvalidOperationException($"{assembly} is not built: build the app host first (dotnet build apphost), which builds every service.");
    }

    private static string FindDotnetHost()
    {
        var host = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", "..", "dotnet"));
        return File.Exists(host) ? host : "dotnet";
    }
}
