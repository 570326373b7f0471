using PatientNetwork.AppHost.Health;
using PatientNetwork.AppHost.Model;
using PatientNetwork.AppHost.Servers;

namespace PatientNetwork.AppHost.Smtp;

public static class SmtpResourceExtensions
{
    /// <summary>Folder of the run's data directory where the local server stores mail.</summary>
    public const string MailFolder = "mail";

    /// <summary>Folder of the run's data directory where the local SMS sink writes messages.</summary>
    public const string SmsFolder = "sms";

    /// <summary>The handler script, next to this file in the repository.</summary>
    internal const string ScriptPath = "apphost/Smtp/mail_sink.py";

    /// <summary>
    /// The local SMTP server as an executable resource on 127.0.0.1; healthy once it greets with 220. Mail lands in
    /// <c>&lt;data&gt;/mail/*.eml</c>; nothing ever leaves the machine.
    /// </summary>
    public static IResourceBuilder<SmtpServerResource> AddLocalSmtp(this IDistributedApplicationBuilder builder, string name, string dataDirectory, int? port = null)
    {
        var data = Path.GetFullPath(dataDirectory);
        var mail = Path.Combine(data, MailFolder);
        Directory.CreateDirectory(mail);
        var script = Path.Combine(Repository.FindRoot(), ScriptPath);
        var server = new SmtpServerResource(name, DebianPackages.DebianPythonPath, data, mail);
        return builder.AddResource(server)
            .WithEndpoint(port: port, targetPort: port, name: SmtpServerResource.EndpointName, scheme: "tcp", isProxied: false)
            .WithArgs(context =>
            {
                context.Args.Add(script);
                context.Args.Add("--port");
                context.Args.Add(server.Endpoint.Property(EndpointProperty.TargetPort));
                context.Args.Add("--folder");
                context.Args.Add(mail);
            })
            .WithIconName("Mail")
            .WithReadinessProbe("greets-220", async ct =>
                server.Endpoint.IsAllocated && await SmtpGreetsAsync(server.Endpoint.Port, ct) ? null : "no 220 greeting");
    }

    /// <summary>
    /// Points a service at the local SMTP server (Smtp__Host, Smtp__Port) and at the local SMS sink of the run's data
    /// directory (Sms__SinkDirectory). The service does not wait for the server: its notifications are queued in its
    /// database and retried until the server answers.
    /// </summary>
    public static IResourceBuilder<T> WithLocalMailAndSms<T>(this IResourceBuilder<T> service, IResourceBuilder<SmtpServerResource> smtp)
        where T : IResourceWithEnvironment
    {
        var sms = Path.Combine(Path.GetDirectoryName(smtp.Resource.MailDirectory)!, SmsFolder);
        Directory.CreateDirectory(sms);
        return service
            .WithLocalMail(smtp, "events@patientnetwork.local")
            .WithEnvironment("Sms__SinkDirectory", sms);
    }

    /// <summary>Points a service that sends mail only (no SMS) at the local SMTP server, sending as <paramref name="fromAddress"/>.</summary>
    public static IResourceBuilder<T> WithLocalMail<T>(this IResourceBuilder<T> service, IResourceBuilder<SmtpServerResource> smtp, string fromAddress)
        where T : IResourceWithEnvironment =>
        service
            .WithEnvironment("Smtp__Host", "127.0.0.1")
            .WithEnvironment("Smtp__Port", ReferenceExpression.Create($"{smtp.Resource.Endpoint.Property(EndpointProperty.Port)}"))
            .WithEnvironment("Smtp__FromAddress", fromAddress);

    private static async Task<bool> SmtpGreetsAsync(int port, CancellationToken ct)
    {
        var reply = await TcpProbe.ExchangeAsync(port, "QUIT\r\n"u8.ToArray(), 64, ct).ConfigureAwait(false);
        return reply is not null && System.Text.Encoding.ASCII.GetString(reply).StartsWith("220", StringComparison.Ordinal);
    }
}
