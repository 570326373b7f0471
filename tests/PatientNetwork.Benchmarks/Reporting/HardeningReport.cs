using PatientNetwork.Benchmarks.Hardening;
using PatientNetwork.Benchmarks.Measuring;

namespace PatientNetwork.Benchmarks.Reporting;

/// <summary>Everything a hardening run found; written as JSON as it is, and as markdown by <see cref="HardeningWriter"/>.</summary>
public sealed record HardeningReport(
    DateTimeOffset MeasuredAt,
    string Source,
    MachineInfo Machine,
    int Patients,
    string Environment,
    int RegistryRequests,
    int Warmup,
    string LoadAverageAtStart,
    string LoadAverageAtEnd,
    int StaffRequestsPerWindow,
    string? TelemetryEndpoint,
    IReadOnlyList<ScenarioResult> Registry,
    string RegistryCaptureCheck,
    IReadOnlyList<GatewayResult> Gateway,
    PropagationResult Propagation,
    IReadOnlyDictionary<string, string> RegistrationPlans,
    double TotalSeconds,
    string Rerun);

/// <summary>The same request sent to the Registry directly and through the gateway, alternately first.</summary>
public sealed record GatewayResult(
    string Key,
    string Title,
    string Request,
    LatencyStats Direct,
    LatencyStats ThroughGateway,
    string LoadAverageBefore,
    string LoadAverageAfter)
{
    public double AddedP50 => ThroughGateway.P50 - Direct.P50;

    public double AddedP95 => ThroughGateway.P95 - Direct.P95;

    public double AddedP99 => ThroughGateway.P99 - Direct.P99;
}
