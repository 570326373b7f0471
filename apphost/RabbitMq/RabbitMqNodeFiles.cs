using System.Globalization;
using System.Text;

namespace PatientNetwork.AppHost.RabbitMq;

/// <summary>The node's configuration files, written before each start.</summary>
internal static class RabbitMqNodeFiles
{
    public static void Write(string dataDirectory, string user, string password)
    {
        foreach (var folder in new[] { "home", "mnesia", "log" })
        {
            Directory.CreateDirectory(Path.Combine(dataDirectory, folder));
        }

        // Listeners come from RABBITMQ_NODE_IP_ADDRESS/RABBITMQ_NODE_PORT, which follow the allocated port.
        File.WriteAllText(Path.Combine(dataDirectory, "rabbitmq.conf"), "loopback_users = none\n");

        // The credentials go into advanced.config as Erlang byte binaries because rabbitmq.conf treats '#' as the
        // start of a comment and has no escaping. They only take effect when the node's database is first created,
        // which is why the generated password is kept with the data folder.
        var advancedConfig = Path.Combine(dataDirectory, "advanced.config");
        File.WriteAllText(advancedConfig, $"[{{rabbit, [{{default_user, {ErlangBinary(user)}}}, {{default_pass, {ErlangBinary(password)}}}]}}].\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(advancedConfig, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        File.WriteAllText(Path.Combine(dataDirectory, "enabled_plugins"), "[].\n");
        // An empty env file stops the scripts from sourcing /etc/rabbitmq/rabbitmq-env.conf of a system install.
        File.WriteAllText(Path.Combine(dataDirectory, "rabbitmq-env.conf"), string.Empty);
    }

    private static string ErlangBinary(string value) =>
        "<<" + string.Join(',', Encoding.UTF8.GetBytes(value).Select(b => b.ToString(CultureInfo.InvariantCulture))) + ">>";
}
