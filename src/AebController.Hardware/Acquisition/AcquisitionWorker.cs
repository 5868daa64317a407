namespace AebController.Hardware.Acquisition;

/// <summary>
/// One background thread per bus. Device bindings may block (the VL53L1X binding polls with sleeps),
/// so they are called only here, never from the control loop. A failing read is counted and retried
/// after a pause; the loop sees the failure as a growing sample age.
/// </summary>
public sealed class AcquisitionWorker : IDisposable
{
    private readonly Thread _thread;
    private readonly Func<bool> _poll;
    private readonly int _pauseMs;
    private volatile bool _stop;

    public AcquisitionWorker(string name, Func<bool> poll, int pauseMs)
    {
        Name = name;
        _poll = poll;
        _pauseMs = pauseMs;
        _thread = new Thread(Run) { Name = "aeb-acq-" + name, IsBackground = true };
    }

    public string Name { get; }
    public long Reads { get; private set; }
    public long Failures { get; private set; }
    public string? LastError { get; private set; }

    public void Start() => _thread.Start();

    private void Run()
    {
        while (!_stop)
        {
            try
            {
                if (_poll()) Reads++;
            }
            catch (Exception ex) when (ex is IOException or InvalidOperationException or TimeoutException or UnauthorizedAccessException)
            {
                Failures++;
                LastError = ex.Message;
                Thread.Sleep(50);
            }

            if (_pauseMs > 0) Thread.Sleep(_pauseMs);
        }
    }

    public void Dispose()
    {
        _stop = true;
        if (_thread.IsAlive) _thread.Join(1000);
    }
}
