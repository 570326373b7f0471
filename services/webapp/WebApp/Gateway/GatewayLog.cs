namespace PatientNetwork.WebApp.Gateway;

internal static partial class GatewayLog
{
    [LoggerMessage(EventId = 8401, Level = LogLevel.Warning, Message = "The gateway did not answer {Method} {Path}")]
    public static partial void Unreachable(ILogger logger, string method, string path, Exception exception);

    [LoggerMessage(EventId = 8402, Level = LogLevel.Information, Message = "Staff member {Login} signed in to the web app")]
    public static partial void SignedIn(ILogger logger, string login);

    [LoggerMessage(EventId = 8403, Level = LogLevel.Information, Message = "Staff member {Login} signed out of the web app ({Reason})")]
    public static partial void SignedOut(ILogger logger, string login, string reason);

    [LoggerMessage(EventId = 8404, Level = LogLevel.Warning, Message = "Sign-in to the gateway failed with {Status}")]
    public static partial void SignInFailed(ILogger logger, int status);
}
