using AebController.Firmware.Calibration;
using AebController.Firmware.Runtime;
using AebController.Firmware.Signals;
using AebController.Firmware.Tests.Monitoring;

namespace AebController.Firmware.Tests.Faults;

/// <summary>
/// A fault that strikes while AEB brakes for a standing wall never cancels the braking: the threat
/// is carried forward and the car still stops short of the wall (hand physics: a point car whose
/// deceleration follows the request through a 0.1 s first-order lag).
/// </summary>
public sealed class CoastThroughFaultTests
{
    private const long CycleUs = 10_000;
    private const float CycleS = 0.01f;

    public enum Fault { None, RadarRangeNaN, RadarDropout, WheelSpeedNaN, GearInvalid, ImuNaN, WheelSpeedStuck, RadarEmptyList }

    private static (float StopGapM, float[] Requests, int FaultCycle, float RequestAtFault, ActuatorCommand Last) Drive(Fault fault)
    {
        var requests = new float[1000];
        Array.Fill(requests, float.NaN);
        int faultCycle = -1;
        var firmware = new AebFirmware(AebCalibration.Default);
        var frame = HealthyFrame.Create(0, speedMps: 13.9f, pedal: 0f);
        float v = 13.9f, x = 0f, decel = 0f;
        const float wallM = 45f;
        long faultAtUs = -1;
        float atFault = float.NaN;
        float stuckMps = float.NaN;
        ActuatorCommand c = default;
        for (int i = 0; i < 1000; i++)
        {
            long now = i * CycleUs;
            HealthyFrame.Refresh(frame, now, speedMps: v, pedal: 0f);
            frame.Motion.LongAccelMps2 = -decel;
            frame.FrontRadar.Count = 1;
            frame.FrontRadar.Tracks[0] = new RadarTrack { Id = 1, LongitudinalM = wallM - x, RelVelLongMps = -v, WidthM = 1.8f, ElevationM = 0.5f, RcsDbsm = 10f, UpdateCount = 20 + i };
            // The camera sees the wall too: a stationary radar return alone is clutter until vision confirms it.
            frame.FrontCamera.Count = 1;
            frame.FrontCamera.Objects[0] = new CameraObject { Id = 1, LongitudinalM = wallM - x, LateralM = 0f, WidthM = 1.8f, RelVelLongMps = -v, Class = ObjectClass.Unknown, Confidence = 0.9f };
            bool faulted = faultAtUs >= 0;
            if (faulted)
            {
                switch (fault)
                {
                    case Fault.RadarRangeNaN: frame.FrontRadar.Tracks[0].LongitudinalM = float.NaN; break;
                    case Fault.RadarDropout: frame.FrontRadar.AgeUs = 20_000 + (now - faultAtUs); break;
                    // Fresh, healthy lists with nothing in them, while the camera still sees the wall.
                    case Fault.RadarEmptyList: frame.FrontRadar.Count = 0; break;
                    case Fault.WheelSpeedNaN: frame.Motion.WheelSpeedMps = float.NaN; break;
                    case Fault.GearInvalid: frame.Gear.Gear = (Gear)7; break;
                    case Fault.ImuNaN: frame.Motion.LongAccelMps2 = float.NaN; frame.Motion.YawRateRps = float.NaN; break;
                    case Fault.WheelSpeedStuck:
                        if (float.IsNaN(stuckMps)) stuckMps = v;
                        frame.Motion.WheelSpeedMps = stuckMps;
                        break;
                }
            }

            // The request standing when the fault strikes: what the previous cycle asked.
            if (faulted && float.IsNaN(atFault))
            {
                atFault = c.BrakeDecelRequestMps2;
                faultCycle = i;
            }

            c = firmware.Step(frame);
            if (v > 0.3f) requests[i] = c.BrakeDecelRequestMps2;
            // The fault strikes 0.1 s into partial braking.
            if (!faulted && fault != Fault.None && c.ForwardAebState == ForwardAebState.PartialBraking && c.BrakeDecelRequestMps2 > 0f)
            {
                faultAtUs = now + 100_000;
            }

            decel += (c.BrakeDecelRequestMps2 - decel) * (CycleS / 0.1f);
            v = MathF.Max(0f, v - decel * CycleS);
            x += v * CycleS;
            if (x >= wallM) break;
        }

        return (wallM - x, requests, faultCycle, atFault, c);
    }

    [Theory]
    [InlineData(Fault.RadarRangeNaN)]
    [InlineData(Fault.RadarDropout)]
    [InlineData(Fault.WheelSpeedNaN)]
    [InlineData(Fault.GearInvalid)]
    [InlineData(Fault.ImuNaN)]
    [InlineData(Fault.WheelSpeedStuck)]
    [InlineData(Fault.RadarEmptyList)]
    public void A_fault_while_braking_keeps_braking_and_the_car_stops_short(Fault fault)
    {
        var clean = Drive(Fault.None);
        Assert.True(clean.StopGapM > 0f, $"the fault-free drive must stop short of the wall (gap {clean.StopGapM:0.00} m)");
        var faulted = Drive(fault);
        Assert.True(faulted.RequestAtFault > 0f, "the fault must strike while braking");
        Assert.True(faulted.StopGapM > 0f, $"stopped {faulted.StopGapM:0.00} m short: hit the wall");
        // Never weakened: until the car stops, the request never falls below both what it was when the fault struck
        // and what the fault-free drive asked at the same moment (partial braking's opening 5.0 m/s² eases to its
        // stage in the fault-free drive as well).
        for (int i = faulted.FaultCycle; i < faulted.Requests.Length && !float.IsNaN(faulted.Requests[i]); i++)
        {
            float cleanMps2 = float.IsNaN(clean.Requests[i]) ? 0f : clean.Requests[i];
            float floorMps2 = MathF.Min(cleanMps2, faulted.RequestAtFault);
            Assert.True(faulted.Requests[i] >= floorMps2 - 1e-3f, $"cycle {i}: request {faulted.Requests[i]} below {floorMps2} (at the fault {faulted.RequestAtFault}, fault-free {cleanMps2})");
        }

        // An empty list is no detectable fault of the radar (a target may leave): the others light the lamp.
        if (fault != Fault.RadarEmptyList) Assert.True(faulted.Last.FaultLamp);
    }
}
