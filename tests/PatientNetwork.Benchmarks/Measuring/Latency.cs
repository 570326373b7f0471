namespace PatientNetwork.Benchmarks.Measuring;

/// <summary>Latency of one series of sequential calls, in milliseconds (nearest-rank percentiles).</summary>
public sealed record LatencyStats(int Count, double Mean, double P50, double P95, double P99, double Min, double Max)
{
    public static LatencyStats Of(IReadOnlyCollection<double> milliseconds)
    {
        if (milliseconds.Count == 0)
        {
            return new LatencyStats(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        var sorted = milliseconds.Order().ToArray();
        double Percentile(double p) => sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new LatencyStats(sorted.Length, sorted.Average(), Percentile(50), Percentile(95), Percentile(99), sorted[0], sorted[^1]);
    }
}

/// <summary>A call to time: <see cref="Call"/> is inside the stopwatch, <see cref="Rows"/> (how many results it found) is not.</summary>
public sealed record Probe<TInput>(Func<TInput, CancellationToken, Task<object>> Call, Func<object, int> Rows);

/// <summary>One query measured through the service and (when given) run directly; <see cref="AuditWrite"/> is the audit row alone.</summary>
public sealed record Scenario<TInput>(
    string Key,
    string Title,
    string ServiceRequest,
    string RawQuery,
    IReadOnlyList<TInput> Inputs,
    Probe<TInput>? Service,
    Probe<TInput> Raw,
    Probe<TInput>? Everything = null,
    Func<TInput, string>? Describe = null,
    Probe<TInput>? AuditWrite = null);

/// <summary>One of the slowest measured inputs of a series, to see which kind of input makes the tail.</summary>
public sealed record SlowInput(string Input, double ServiceMs, double RawMs);

public sealed record ScenarioResult(
    string Key,
    string Title,
    string ServiceRequest,
    string RawQuery,
    LatencyStats? Service,
    LatencyStats Raw,
    double? ServiceMeanRows,
    double RawMeanRows,
    int Planned,
    bool BudgetReached,
    double Seconds,
    string LoadAverageBefore,
    string LoadAverageAfter,
    LatencyStats? Everything = null,
    IReadOnlyList<SlowInput>? Slowest = null,
    LatencyStats? AuditWrite = null)
{
    /// <summary>The series that measures what every request and every round trip costs, not a query of the issue.</summary>
    public const string FloorKey = "floor";

    public bool IsFloor => Key == FloorKey;

    public double? RatioP50 => Service is null ? null : Service.P50 / Raw.P50;

    public double? RatioP95 => Service is null ? null : Service.P95 / Raw.P95;
}
