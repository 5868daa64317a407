namespace AebController.Timing.Tests;

/// <summary>An interface call for the scanner to resolve to its implementations (see <see cref="InjectedAllocations"/>).</summary>
public interface IInjectedSink
{
    float Scale(float valueMps);
}
