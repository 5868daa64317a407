using System.Runtime.InteropServices;

namespace AebController.Cli.Commands;

/// <summary>
/// The shared stop signal of every command: Ctrl-C (SIGINT) and SIGTERM cancel <see cref="Token"/>
/// instead of killing the process, so a command can stop its workers, end child processes, print what
/// it finished and leave no half-written output. A second Ctrl-C ends the process at once.
/// Commands read it from <see cref="CliContext.Stop"/> and return <see cref="ExitCode"/> when it fired.
/// Only a command that has called <see cref="Claim"/> (it polls the token until it ends) gets the signal
/// as a request; before that, or in a command that never claims, the signal keeps its default effect and
/// ends the process, so no command can become deaf to Ctrl-C or SIGTERM.
/// </summary>
public sealed class Interruption : IDisposable
{
    private readonly CancellationTokenSource _source = new();
    private readonly List<PosixSignalRegistration> _registrations = new();
    private int _signal;
    private int _claimed;

    private Interruption()
    {
    }

    /// <summary>Not wired to any signal: for tests and for callers that cancel by hand.</summary>
    public static Interruption Manual() => new();

    /// <summary>Listens to SIGINT and SIGTERM for the life of the returned object.</summary>
    public static Interruption FromProcessSignals()
    {
        var interruption = new Interruption();
        interruption._registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGINT, interruption.Deliver));
        interruption._registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGTERM, interruption.Deliver));
        return interruption;
    }

    public CancellationToken Token => _source.Token;

    /// <summary>
    /// The running command takes over Ctrl-C and SIGTERM from here on: it polls <see cref="Token"/>
    /// until it returns. Returns the token.
    /// </summary>
    public CancellationToken Claim()
    {
        Volatile.Write(ref _claimed, 1);
        return _source.Token;
    }

    /// <summary>Whether a command has taken over the signals (<see cref="Claim"/>).</summary>
    public bool Claimed => Volatile.Read(ref _claimed) == 1;

    public bool Requested => _source.IsCancellationRequested;

    /// <summary>What the signal was, for the message: "Ctrl-C" or "SIGTERM".</summary>
    public string SignalName => _signal == (int)PosixSignal.SIGTERM ? "SIGTERM" : "Ctrl-C";

    /// <summary>The shell's convention, 128 + the signal number: 130 for Ctrl-C, 143 for SIGTERM.</summary>
    public int ExitCode => _signal == (int)PosixSignal.SIGTERM ? 143 : 130;

    /// <summary>Cancels as a signal would (tests, and commands that stop themselves).</summary>
    public void Request(PosixSignal signal = PosixSignal.SIGINT)
    {
        Interlocked.CompareExchange(ref _signal, (int)signal, 0);
        _source.Cancel();
    }

    /// <summary>What happens when the process receives a signal (public so tests can deliver one as the OS does).</summary>
    public void Deliver(PosixSignalContext context)
    {
        if (!Claimed)
        {
            // Nobody polls the token: the signal's default ends the process (exit 130 or 143).
            context.Cancel = false;
            return;
        }

        if (_source.IsCancellationRequested && context.Signal == PosixSignal.SIGINT)
        {
            // A second Ctrl-C: the user wants out now.
            context.Cancel = false;
            return;
        }

        context.Cancel = true;
        Interlocked.CompareExchange(ref _signal, (int)context.Signal, 0);
        try
        {
            _source.Cancel();
        }
        catch (AggregateException)
        {
            // A callback failed; the flag is set all the same and the command sees it.
        }
    }

    public void Dispose()
    {
        foreach (var r in _registrations) r.Dispose();
        _source.Dispose();
    }
}
