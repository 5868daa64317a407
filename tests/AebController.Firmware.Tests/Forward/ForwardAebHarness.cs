using AebController.Firmware.Calibration;
using AebController.Firmware.Functions;
using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Forward;

/// <summary>Drives a ForwardAeb cycle by cycle with hand-made threats and driver inputs.</summary>
internal sealed class ForwardAebHarness
{
    public const long CycleUs = 10_000;

    /// <param name="startUs">The clock at the first step (a drive long after power-on starts far from 0).</param>
    public ForwardAebHarness(ForwardAebCalibration? calibration = null, long startUs = 0)
    {
        Calibration = calibration ?? new ForwardAebCalibration();
        Aeb = new ForwardAeb(Calibration, CycleUs);
        NowUs = startUs;
    }

    public ForwardAebCalibration Calibration { get; }
    public ForwardAeb Aeb { get; }
    public long NowUs { get; private set; }
    public float SpeedMps { get; set; } = 15f;
    public Gear Gear { get; set; } = Gear.Drive;
    public bool Degraded { get; set; }
    public bool Blind { get; set; }
    /// <summary>Deceleration the IMU feels (NaN: unknown), as the firmware passes it.</summary>
    public float AchievedMps2 { get; set; } = float.NaN;
    /// <summary>Deceleration a healthy actuator would give for the requests sent (NaN: unknown).</summary>
    public float ExpectedMps2 { get; set; } = float.NaN;
    /// <summary>The brake system reports ABS activity.</summary>
    public bool TyresAtLimit { get; set; }
    /// <summary>When the radar list the threat comes from was measured (a new value: a new list); long.MinValue: unknown.</summary>
    public long ListCaptureUs { get; set; } = long.MinValue;
    /// <summary>
    /// The lead's acceleration as the list itself reads it, before the firmware's hold; NaN: the threat's own (a hand-made
    /// threat is a list's reading, nothing held).
    /// </summary>
    public float ListAccelMps2 { get; set; } = float.NaN;
    public DriverActivity Driver;
    public FunctionOutput Last;

    /// <summary>
    /// A standing target closed at <paramref name="closingMps"/> (the harness's default ego speed). Its range is the one at
    /// which it needs <paramref name="requiredDecelMps2"/> by the default calibration's latency and margin (v²/2a + v·τ +
    /// margin), so the function's own kinematics (what waiting out the warning lead would cost) agree with the need the
    /// test names; with no need, the range is TTC × closing speed.
    /// </summary>
    public static ThreatAssessment Threat(float ttcS, float requiredDecelMps2, float closingMps = 15f) => new()
    {
        HasTarget = true, TrackId = 1, RangeM = RangeFor(ttcS, requiredDecelMps2, closingMps), ClosingSpeedMps = closingMps,
        TtcS = ttcS, RequiredDecelMps2 = requiredDecelMps2, TargetSpeedMps = 0f,
    };

    private static float RangeFor(float ttcS, float requiredDecelMps2, float closingMps)
    {
        var cal = new ForwardAebCalibration();
        return requiredDecelMps2 > 0f && requiredDecelMps2 < AebController.Firmware.Perception.ThreatMath.Unavoidable
            ? closingMps * closingMps / (2f * requiredDecelMps2) + closingMps * cal.BrakeLatencyS + cal.StopMarginM
            : ttcS * closingMps;
    }

    public static ThreatAssessment NoThreat => ThreatAssessment.None;

    public FunctionOutput Step(in ThreatAssessment threat)
    {
        Last = Aeb.Step(NowUs, SpeedMps, Gear, threat, Driver, Degraded, AchievedMps2, ExpectedMps2, TyresAtLimit, Blind, ListCaptureUs,
            float.IsNaN(ListAccelMps2) ? threat.TargetAccelMps2 : ListAccelMps2);
        NowUs += CycleUs;
        // Edges last one cycle, as the tracker produces them.
        Driver.KickDownRisingEdge = false;
        Driver.EvasiveSteeringRisingEdge = false;
        Driver.AccelRisingEdge = false;
        Driver.BrakeRisingEdge = false;
        return Last;
    }

    public FunctionOutput Run(int cycles, in ThreatAssessment threat)
    {
        for (int i = 0; i < cycles; i++) Step(threat);
        return Last;
    }

    /// <summary>Runs until the state is reached, failing after <paramref name="maxCycles"/>.</summary>
    public int RunUntil(ForwardAebState state, in ThreatAssessment threat, int maxCycles = 1000)
    {
        for (int i = 1; i <= maxCycles; i++)
        {
            Step(threat);
            if (Aeb.State == state) return i;
        }

        throw new Xunit.Sdk.XunitException($"state {state} not reached in {maxCycles} cycles; stuck in {Aeb.State}");
    }

    public void KickDown()
    {
        Driver.KickDown = true;
        Driver.KickDownRisingEdge = true;
        Driver.AccelPressed = true;
        Driver.AccelRisingEdge = true;
        Driver.AccelPedal = 1f;
    }

    public void ReleaseAccelerator()
    {
        Driver.KickDown = false;
        Driver.AccelPressed = false;
        Driver.AccelPedal = 0f;
    }
}
