using System.Diagnostics;
using System.Globalization;

namespace AebController.Cli.Output;

/// <summary>
/// Progress of a long task on stderr (stdout stays clean for scripts): nothing for the first second,
/// then one line a second, redrawn in place on a terminal; a final line when the task ends.
/// </summary>
public sealed class ProgressReporter : IDisposable
{
    private readonly TextWriter _writer;
    private readonly bool _terminal;
    private readonly string _what;
    private readonly Func<(long Done, long Total)> _read;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Timer _timer;
    private readonly object _gate = new();
    private bool _shown;
    private bool _ended;
    private long _ticks;

    public ProgressReporter(TextWriter writer, bool terminal, string what, Func<(long Done, long Total)> read, string unit = "")
    {
        _writer = writer;
        _terminal = terminal;
        _what = what;
        _read = read;
        Unit = unit;
        _timer = new Timer(_ => Tick(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
    }

    public string Unit { get; }

    private void Tick()
    {
        lock (_gate)
        {
            if (_ended) return;
            // A log (not a terminal) gets a line every five seconds after the first, not a flood.
            _ticks++;
            if (!_terminal && _ticks > 1 && _ticks % 5 != 0) return;
            var (done, total) = _read();
            double elapsed = _clock.Elapsed.TotalSeconds;
            string left = done <= 0 || total <= 0 ? "" : string.Create(CultureInfo.InvariantCulture, $", about {elapsed / done * (total - done):0} s left");
            string percent = total > 0 ? string.Create(CultureInfo.InvariantCulture, $" ({100.0 * done / total:0} %)") : "";
            string line = string.Create(CultureInfo.InvariantCulture, $"{_what}: {done}/{total}{Unit}{percent}{left}");
            if (_terminal) _writer.Write("\r" + line.PadRight(79));
            else _writer.WriteLine(line);
            _writer.Flush();
            _shown = true;
        }
    }

    /// <summary>Ends the progress display (a newline on a terminal); the caller then prints its own result line.</summary>
    public void Dispose()
    {
        _timer.Dispose();
        lock (_gate)
        {
            if (_ended) return;
            _ended = true;
            if (_shown && _terminal) _writer.WriteLine();
        }
    }
}
