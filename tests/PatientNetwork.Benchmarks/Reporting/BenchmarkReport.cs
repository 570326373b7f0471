using PatientNetwork.Benchmarks.Data;
using PatientNetwork.Benchmarks.Measuring;

namespace PatientNetwork.Benchmarks.Reporting;

/// <summary>Everything a run found; written as JSON as it is, and as markdown by <see cref="ResultsWriter"/>.</summary>
public sealed record BenchmarkReport(
    DateTimeOffset MeasuredAt,
    int Patients,
    int Requests,
    int Warmup,
    double BudgetSecondsPerSeries,
    int Seed,
    string HostedEnvironment,
    string Source,
    MachineInfo Machine,
    LoadSummary Load,
    IReadOnlyList<ScenarioResult> Scenarios,
    IReadOnlyList<ScenarioResult> Experiments,
    IReadOnlyList<string> ExperimentNotes,
    IReadOnlyList<string> SearchTermExamples,
    string SearchCrossCheck,
    IReadOnlyDictionary<string, string> ServiceSql,
    IReadOnlyDictionary<string, string> Plans,
    double TotalSeconds,
    string Rerun);

public sealed record LoadSummary(
    int Patients,
    int HajarPatients,
    long Consents,
    long Guardians,
    long Diagnoses,
    int GivenNameSpellings,
    int FamilyNameSpellings,
    double CopySeconds,
    double IndexSeconds,
    double VacuumSeconds,
    IReadOnlyList<IndexBuild> Indexes,
    IReadOnlyList<string> ColumnsLeftNull,
    string PatientsTableSize)
{
    public static LoadSummary From(LoadReport report, string tableSize) => new(
        report.Patients,
        report.HajarPatients,
        report.Consents,
        report.Guardians,
        report.Diagnoses,
        NamePicker.PoolSize.Given,
        NamePicker.PoolSize.Family,
        report.CopyTime.TotalSeconds,
        report.IndexTime.TotalSeconds,
        report.VacuumTime.TotalSeconds,
        report.Indexes,
        report.ColumnsLeftNull,
        tableSize);
}
