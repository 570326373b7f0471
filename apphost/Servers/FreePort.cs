using System.Net;
using System.Net.Sockets;

namespace PatientNetwork.AppHost.Servers;

/// <summary>Hands out TCP ports that are currently free on 127.0.0.1.</summary>
public static class FreePort
{
    /// <summary>
    /// Lets the kernel pick an unused ephemeral port. The port is released before returning, so a
    /// race with another process is possible but unlikely, and far cheaper than a fixed-port scheme.
    /// </summary>
    public static int Next()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }
}
