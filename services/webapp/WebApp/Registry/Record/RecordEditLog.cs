namespace PatientNetwork.WebApp.Registry.Record;

internal static partial class RecordEditLog
{
    [LoggerMessage(EventId = 9510, Level = LogLevel.Warning, Message = "The Registry refused the {Correction} correction with {Status}")]
    public static partial void Refused(ILogger logger, string correction, int status);
}
