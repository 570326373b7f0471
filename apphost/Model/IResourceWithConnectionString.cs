namespace PatientNetwork.AppHost.Model;

/// <summary>A resource a project can reference; it reaches the project as <c>ConnectionStrings__{ConnectionName}</c>.</summary>
public interface IResourceWithConnectionString
{
    string ConnectionName { get; }

    string ConnectionString { get; }
}
