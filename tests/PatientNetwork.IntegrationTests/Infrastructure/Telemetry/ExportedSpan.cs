namespace PatientNetwork.IntegrationTests.Infrastructure.Telemetry;

/// <summary>One span a service exported over OTLP, with what the tests look at; <paramref name="Instance"/> tells replicas apart.</summary>
public sealed record ExportedSpan(string TraceId, string Service, string Instance, string Scope, string Name, SpanKind Kind)
{
    public override string ToString() => $"{Service} ({Instance}) {Scope} {Kind} {Name}";
}

/// <summary>OTLP's span kinds, numbered as in <c>opentelemetry/proto/trace/v1/trace.proto</c>.</summary>
public enum SpanKind
{
    Unspecified = 0,
    Internal = 1,
    Server = 2,
    Client = 3,
    Producer = 4,
    Consumer = 5,
}
