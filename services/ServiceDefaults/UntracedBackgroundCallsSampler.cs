using System.Diagnostics;
using OpenTelemetry.Trace;

namespace PatientNetwork.ServiceDefaults;

/// <summary>
/// Samples every trace that starts with a request, a message or our own work, and drops the ones
/// that are nothing but a client call of their own: the outbox relay's and the back-fill's polling
/// queries, every two seconds in every service, would otherwise bury the requests ops look for in
/// the dashboard. A call made while handling something stays in that something's trace.
/// </summary>
public sealed class UntracedBackgroundCallsSampler : Sampler
{
    private static readonly SamplingResult Drop = new(SamplingDecision.Drop);
    private static readonly SamplingResult Keep = new(SamplingDecision.RecordAndSample);

    public override SamplingResult ShouldSample(in SamplingParameters samplingParameters) =>
        samplingParameters.Kind == ActivityKind.Client ? Drop : Keep;
}
