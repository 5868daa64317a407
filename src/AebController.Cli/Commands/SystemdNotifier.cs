using System.Net;
using System.Net.Sockets;
using System.Text;

namespace AebController.Cli.Commands;

/// <summary>
/// sd_notify for the systemd unit (Type=notify, WatchdogSec): READY=1 once the loop runs, WATCHDOG=1
/// while it keeps running. Does nothing when not started by systemd ($NOTIFY_SOCKET unset).
/// </summary>
public sealed class SystemdNotifier : IDisposable
{
    private readonly Socket? _socket;
    private readonly EndPoint? _endPoint;

    public SystemdNotifier()
    {
        string? path = Environment.GetEnvironmentVariable("NOTIFY_SOCKET");
        if (string.IsNullOrEmpty(path) || !OperatingSystem.IsLinux()) return;

        // A leading '@' names an abstract socket.
        _endPoint = new UnixDomainSocketEndPoint(path[0] == '@' ? "\0" + path[1..] : path);
        _socket = new Socket(AddressFamily.Unix, SocketType.Dgram, ProtocolType.Unspecified);
    }

    public bool Active => _socket is not null;

    public void Ready() => Send("READY=1");

    public void Watchdog() => Send("WATCHDOG=1");

    private void Send(string message)
    {
        if (_socket is null || _endPoint is null) return;
        try
        {
            _socket.SendTo(Encoding.ASCII.GetBytes(message), _endPoint);
        }
        catch (SocketException)
        {
            // systemd gone or not listening: the service is not supervised, nothing to report to.
        }
    }

    public void Dispose() => _socket?.Dispose();
}
