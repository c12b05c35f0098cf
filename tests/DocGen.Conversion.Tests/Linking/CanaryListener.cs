using System.Net;
using System.Net.Sockets;

namespace DocGen.Conversion.Tests.Linking;

/// <summary>
/// A port on 127.0.0.1 that counts every connection made to it and never answers: a converter that fetches what a
/// document links to is caught, and one that waits for the answer waits for ever.
/// </summary>
internal sealed class CanaryListener : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly List<TcpClient> _held = [];
    private int _connections;

    public CanaryListener()
    {
        _listener.Start();
        _ = AcceptAsync();
    }

    public string Url => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/canary";

    public int Connections => Volatile.Read(ref _connections);

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                var client = await _listener.AcceptTcpClientAsync();
                Interlocked.Increment(ref _connections);
                lock (_held) _held.Add(client);
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // Stopped.
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        lock (_held)
        {
            foreach (var client in _held) client.Dispose();
        }
    }
}
