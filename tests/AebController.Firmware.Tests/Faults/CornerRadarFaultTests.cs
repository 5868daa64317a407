using AebController.Firmware.Calibration;
using AebController.Firmware.Runtime;
using AebController.Firmware.Signals;
using AebController.Firmware.Tests.Monitoring;

namespace AebController.Firmware.Tests.Faults;

/// <summary>
/// Losing a front corner radar never weakens braking for what the front radar sees (the safe state facing an imminent
/// collision is braking): AEB brakes for a standing car ahead that both the front radar and the left corner radar see,
/// and the corner radar fails while it brakes. Oracle: the same drive on a car without corner radars (calibration
/// fitted = false), whose braking is the front radar's alone, and hand physics (a point car whose deceleration follows
/// the request through a 0.1 s lag stops short of the car).
/// </summary>
public sealed class CornerRadarFaultTests
{
    private const long CycleUs = 10_000;
    private const float CycleS = 0.01f;
    private const float TargetM = 45f;

    public enum Fault { None, Stale, SensorFault, NaN, Frozen, NeverFitted }

    private static (float StopGapM, float[] Requests, DiagnosticCode Codes) Drive(Fault fault)
    {
        var cal = AebCalibration.Default;
        if (fault == Fault.NeverFitted) cal = cal with { CornerRadars = cal.CornerRadars with { Fitted = false } };
        var firmware = new AebFirmware(cal);
        var frame = HealthyFrame.Create(0, speedMps: 13.9f, pedal: 0f);
        var requests = new float[1000];
        float v = 13.9f, x = 0f, decel = 0f;
        long faultAtUs = -1;
        ActuatorCommand c = default;
        for (int i = 0; i < 1000; i++)
        {
            long now = i * CycleUs;
            HealthyFrame.Refresh(frame, now, speedMps: v, pedal: 0f);
            frame.Motion.LongAccelMps2 = -decel;
            float gapM = TargetM - x;
            frame.FrontRadar.Count = 1;
            frame.FrontRadar.Tracks[0] = new RadarTrack { Id = 1, LongitudinalM = gapM, RelVelLongMps = -v, WidthM = 1.8f, ElevationM = 0.5f, RcsDbsm = 10f, UpdateCount = 20 + i };
            frame.FrontCamera.Count = 1;
            frame.FrontCamera.Objects[0] = new CameraObject { Id = 1, LongitudinalM = gapM, WidthM = 1.8f, RelVelLongMps = -v, Class = ObjectClass.PassengerCar, Confidence = 0.9f };
            // The left corner radar (0.35 m behind the bumper, 0.75 m left, turned 45° left) sees the same car's rear: its
            // nearest point (gapM, 0.75) lies gapM + 0.35 straight ahead of the sensor, 45° right of its boresight.
            float d = gapM + 0.35f, k = MathF.Sqrt(0.5f);
            frame.FrontLeftCornerRadar.Count = 1;
            frame.FrontLeftCornerRadar.Tracks[0] = new RadarTrack
            {
                Id = 1, LongitudinalM = d * k, LateralM = -d * k, RelVelLongMps = -v * k, RelVelLatMps = v * k,
                WidthM = 1.8f, ElevationM = 0.5f, RcsDbsm = 10f, UpdateCount = 20 + i,
            };
            if (faultAtUs >= 0 && now >= faultAtUs)
            {
                switch (fault)
                {
                    case Fault.Stale: frame.FrontLeftCornerRadar.AgeUs = 20_000 + (now - faultAtUs) + 200_000; break;
                    case Fault.SensorFault: frame.FrontLeftCornerRadar.SensorOk = false; break;
                    case Fault.NaN: frame.FrontLeftCornerRadar.Tracks[0].LongitudinalM = float.NaN; break;
                    case Fault.Frozen:
                        // The same list, field for field, delivered as new (its age falls) again and again.
                        frame.FrontLeftCornerRadar.Tracks[0] = new RadarTrack { Id = 1, LongitudinalM = 30f, LateralM = -30f, RelVelLongMps = -9f, RelVelLatMps = 9f, WidthM = 1.8f, ElevationM = 0.5f, RcsDbsm = 10f, UpdateCount = 50 };
                        frame.FrontLeftCornerRadar.AgeUs = 20_000 - (i % 2);
                        break;
                }
            }

            c = firmware.Step(frame);
            requests[i] = c.BrakeDecelRequestMps2;
            // The fault strikes as braking begins.
            if (faultAtUs < 0 && c.BrakeDecelRequestMps2 > 0f) faultAtUs = now + CycleUs;
            decel += (c.BrakeDecelRequestMps2 - decel) * (CycleS / 0.1f);
            v = MathF.Max(0f, v - decel * CycleS);
            x += v * CycleS;
            if (x >= TargetM || v <= 0f) break;
        }

        return (TargetM - x, requests, c.Diagnostics);
    }

    [Theory]
    [InlineData(Fault.None)]
    [InlineData(Fault.Stale)]
    [InlineData(Fault.SensorFault)]
    [InlineData(Fault.NaN)]
    [InlineData(Fault.Frozen)]
    public void A_corner_radar_fault_while_braking_for_the_front_radars_threat_never_weakens_the_braking(Fault fault)
    {
        var frontOnly = Drive(Fault.NeverFitted);
        Assert.True(frontOnly.StopGapM > 0f, $"the front radar alone must stop the car short (gap {frontOnly.StopGapM:0.00} m)");
        var faulted = Drive(fault);
        Assert.True(faulted.StopGapM > 0f, $"stopped {faulted.StopGapM:0.00} m short: hit the car");
        for (int i = 0; i < faulted.Requests.Length; i++)
        {
            Assert.True(faulted.Requests[i] >= frontOnly.Requests[i] - 1e-3f,
                $"cycle {i}: request {faulted.Requests[i]} below the front radar's own {frontOnly.Requests[i]}");
        }

        const DiagnosticCode corner = DiagnosticCode.FrontLeftCornerRadarStale | DiagnosticCode.FrontLeftCornerRadarFault;
        Assert.Equal(fault != Fault.None, (faulted.Codes & corner) != 0);
        Assert.True((frontOnly.Codes & corner) == 0);
    }
}
