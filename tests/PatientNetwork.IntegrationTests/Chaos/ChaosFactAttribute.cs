namespace PatientNetwork.IntegrationTests.Chaos;

/// <summary>
/// A test that runs only when asked (<c>PATIENTNETWORK_CHAOS=1</c>): it takes minutes and breaks the
/// broker on purpose, so the default <c>dotnet test</c> skips it. README: "Chaos run".
/// </summary>
public sealed class ChaosFactAttribute : FactAttribute
{
    public const string Switch = "PATIENTNETWORK_CHAOS";

    public ChaosFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(Switch) != "1")
        {
            Skip = $"A chaos run; set {Switch}=1 to run it (README, Chaos run).";
        }
    }
}
