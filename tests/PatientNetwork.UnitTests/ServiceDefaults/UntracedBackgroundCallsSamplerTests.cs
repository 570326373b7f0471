using System.Diagnostics;
using OpenTelemetry.Trace;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.UnitTests.ServiceDefaults;

public sealed class UntracedBackgroundCallsSamplerTests
{
    private static readonly Sampler Sampler = new ParentBasedSampler(new UntracedBackgroundCallsSampler());

    [Fact]
    public void A_database_call_outside_any_request_starts_no_trace() =>
        Assert.Equal(SamplingDecision.Drop, Decide(default, ActivityKind.Client));

    [Theory]
    [InlineData(ActivityKind.Server)]
    [InlineData(ActivityKind.Consumer)]
    [InlineData(ActivityKind.Internal)]
    public void A_request_a_message_or_our_own_work_starts_a_trace(ActivityKind kind) =>
        Assert.Equal(SamplingDecision.RecordAndSample, Decide(default, kind));

    [Fact]
    public void A_database_call_inside_a_sampled_request_stays_in_its_trace()
    {
        var request = new ActivityContext(ActivityTraceId.CreateRandom(), ActivitySpanId.CreateRandom(), ActivityTraceFlags.Recorded);

        Assert.Equal(SamplingDecision.RecordAndSample, Decide(request, ActivityKind.Client));
    }

    private static SamplingDecision Decide(ActivityContext parent, ActivityKind kind) =>
        Sampler.ShouldSample(new SamplingParameters(parent, ActivityTraceId.CreateRandom(), "postgresql", kind)).Decision;
}
