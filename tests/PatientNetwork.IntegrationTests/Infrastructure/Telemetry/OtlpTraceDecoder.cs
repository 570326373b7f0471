using Google.Protobuf;

namespace PatientNetwork.IntegrationTests.Infrastructure.Telemetry;

/// <summary>
/// Reads the few fields the tests need from an OTLP <c>ExportTraceServiceRequest</c> (protobuf), by
/// the field numbers of opentelemetry-proto: no generated classes, since the feed serves none.
/// </summary>
public static class OtlpTraceDecoder
{
    /// <remarks>
    /// ExportTraceServiceRequest: resource_spans = 1. ResourceSpans: resource = 1, scope_spans = 2.
    /// ScopeSpans: scope = 1 (its name = 1), spans = 2.
    /// </remarks>
    public static IReadOnlyList<ExportedSpan> Decode(byte[] request) =>
        (from resourceSpans in Messages(request, field: 1)
         let resource = Messages(resourceSpans, field: 1).FirstOrDefault() ?? []
         let service = ResourceAttribute(resource, "service.name")
         let instance = ResourceAttribute(resource, "service.instance.id")
         from scopeSpans in Messages(resourceSpans, field: 2)
         let scope = StringField(Messages(scopeSpans, field: 1).FirstOrDefault() ?? [], field: 1)
         from span in Messages(scopeSpans, field: 2)
         select Span(span, service, instance, scope)).ToList();

    private static ExportedSpan Span(byte[] span, string service, string instance, string scope)
    {
        var traceId = "";
        var name = "";
        var kind = SpanKind.Unspecified;
        ForEachField(span, (number, input) =>
        {
            switch (number)
            {
                case 1:
                    traceId = Convert.ToHexStringLower(input.ReadBytes().Span);
                    break;
                case 5:
                    name = input.ReadString();
                    break;
                case 6:
                    kind = (SpanKind)input.ReadEnum();
                    break;
                default:
                    input.SkipLastField();
                    break;
            }
        });
        return new ExportedSpan(traceId, service, instance, scope, name, kind);
    }

    /// <summary>A string attribute of a <c>Resource</c> (attributes are field 1, KeyValue key 1 / value 2, AnyValue string 1).</summary>
    private static string ResourceAttribute(byte[] resource, string name)
    {
        foreach (var attribute in Messages(resource, field: 1))
        {
            var key = "";
            byte[]? value = null;
            ForEachField(attribute, (number, input) =>
            {
                switch (number)
                {
                    case 1:
                        key = input.ReadString();
                        break;
                    case 2:
                        value = input.ReadBytes().ToByteArray();
                        break;
                    default:
                        input.SkipLastField();
                        break;
                }
            });
            if (key == name && value is not null)
            {
                return StringField(value, field: 1);
            }
        }

        return "";
    }

    private static string StringField(byte[] message, int field)
    {
        var found = "";
        ForEachField(message, (number, input) =>
        {
            if (number == field)
            {
                found = input.ReadString();
            }
            else
            {
                input.SkipLastField();
            }
        });
        return found;
    }

    private static List<byte[]> Messages(byte[] message, int field)
    {
        var found = new List<byte[]>();
        ForEachField(message, (number, input) =>
        {
            if (number == field)
            {
                found.Add(input.ReadBytes().ToByteArray());
            }
            else
            {
                input.SkipLastField();
            }
        });
        return found;
    }

    private static void ForEachField(byte[] message, Action<int, CodedInputStream> read)
    {
        var input = new CodedInputStream(message);
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            read(WireFormat.GetTagFieldNumber(tag), input);
        }
    }
}
