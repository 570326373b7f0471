using System.Net;
using System.Net.Sockets;
using System.Text;

namespace PatientNetwork.AppHost.Servers;

/// <summary>Protocol-level readiness checks; an open port alone is not enough for a broker still booting.</summary>
internal static class TcpProbe
{
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(2);

    /// <summary>Sends <paramref name="request"/> and returns up to <paramref name="maxBytes"/> of the reply, or null if the server is not answering.</summary>
    public static async Task<byte[]?> ExchangeAsync(int port, byte[] request, int maxBytes, CancellationToken ct)
    {
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(ct);
        attempt.CancelAfter(AttemptTimeout);
        try
        {
            using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port), attempt.Token).ConfigureAwait(false);
            await socket.SendAsync(request, SocketFlags.None, attempt.Token).ConfigureAwait(false);
            var buffer = new byte[maxBytes];
            var read = await socket.ReceiveAsync(buffer, SocketFlags.None, attempt.Token).ConfigureAwait(false);
            return read == 0 ? null : buffer[..read];
        }
        catch (SocketException)
        {
            return null;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return null;
        }
    }

    public static async Task<bool> RedisPongAsync(int port, CancellationToken ct)
    {
        var reply = await ExchangeAsync(port, "PING\r\n"u8.ToArray(), 64, ct).ConfigureAwait(false);
        return reply is not null && Encoding.ASCII.GetString(reply).StartsWith("+PONG", StringComparison.Ordinal);
    }

    /// <summary>A broker that is ready answers the AMQP 0-9-1 protocol header with a Connection.Start method frame (type 1).</summary>
    public static async Task<bool> AmqpConnectionStartAsync(int port, CancellationToken ct)
    {
        var reply = await ExchangeAsync(port, "AMQP\0\0\x09\x01"u8.ToArray(), 16, ct).ConfigureAwait(false);
        return reply is { Length: > 0 } && reply[0] == 1;
    }
}
