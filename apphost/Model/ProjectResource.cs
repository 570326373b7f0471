namespace PatientNetwork.AppHost.Model;

/// <summary>
/// A service project and what it is given, in Aspire's environment conventions. Values are
/// resolved when the project starts, after the servers have their ports.
/// </summary>
public sealed class ProjectResource(string name, string projectDirectory, int port)
{
    private readonly List<Action<IDictionary<string, string>>> environment = [];

    public string Name { get; } = name;

    /// <summary>Absolute path of the folder holding the .csproj.</summary>
    public string ProjectDirectory { get; } = projectDirectory;

    public string AssemblyName => Path.GetFileName(ProjectDirectory);

    public int Port { get; } = port;

    public Uri Url => new($"http://127.0.0.1:{Port}");

    public ProjectResource WithReference(IResourceWithConnectionString resource)
    {
        environment.Add(env => env[$"ConnectionStrings__{resource.ConnectionName}"] = resource.ConnectionString);
        return this;
    }

    /// <summary>Service discovery, as Aspire passes it: <c>services__{name}__http__0</c>.</summary>
    public ProjectResource WithReference(ProjectResource project)
    {
        environment.Add(env => env[$"services__{project.Name}__http__0"] = project.Url.ToString().TrimEnd('/'));
        return this;
    }

    public ProjectResource WithEnvironment(string key, string value)
    {
        environment.Add(env => env[key] = value);
        return this;
    }

    public IReadOnlyDictionary<string, string> ResolveEnvironment()
    {
        var env = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var apply in environment)
        {
            apply(env);
        }

        return env;
    }
}
