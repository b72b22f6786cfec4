using System.Net;
using System.Net.Sockets;

namespace ServerlessJobs.Bench.Infrastructure;

/// <summary>Hands out loopback ports that nothing listens on at the moment of asking.</summary>
internal static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Waits until something accepts connections on <paramref name="port"/>, or the owner has exited.</summary>
    public static async Task WaitListeningAsync(int port, ChildProcess owner, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (owner.HasExited)
            {
                throw new InvalidOperationException($"{owner.Name} exited before listening on {port}; see {owner.LogPath}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
        }
    }
}
