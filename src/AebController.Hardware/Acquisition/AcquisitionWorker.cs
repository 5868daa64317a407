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

    /// <summary>
    /// One poll on the calling thread, a failure counted rather than thrown; false when it failed. The
    /// thread calls it in its loop; a caller that did not start the thread steps acquisition with it.
    /// </summary>
    public bool PollOnce()
    {
        try
        {
            if (_poll()) Reads++;
            return true;
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or TimeoutException or UnauthorizedAccessException)
        {
            Failures++;
            LastError = ex.Message;
            return false;
        }
    }

    private void Run()
    {
        while (!_stop)
        {
            if (!PollOnce()) Thread.Sleep(50);
            if (_pauseMs > 0) Thread.Sleep(_pauseMs);
        }
    }

    public void Dispose()
    {
        _stop = true;
        if (_thread.IsAlive) _thread.Join(1000);
    }
}
