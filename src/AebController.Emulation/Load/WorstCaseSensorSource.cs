using AebController.Firmware.Runtime;
using AebController.Firmware.Signals;

namespace AebController.Emulation.Load;

/// <summary>
/// The heaviest frame the firmware can be given: full radar lists front and rear (64 tracks each),
/// a full camera list, every ultrasonic echoing, in-path targets close enough to keep every function
/// armed and evaluating, gear alternating between drive and reverse every two seconds so forward
/// and rearward functions all run. Values move each cycle so no branch is constant. Allocates nothing.
/// </summary>
public sealed class WorstCaseSensorSource : ISensorSource, IActuatorSink
{
    private const long PhaseUs = 2_000_000;
    private long _cycle;
    private float _threatRangeM;
    private int _threatId;

    public ActuatorCommand LastCommand { get; private set; }

    public void Write(in ActuatorCommand command, long nowUs) => LastCommand = command;

    public void Read(SensorFrame frame, long nowUs)
    {
        _cycle++;
        frame.NowUs = nowUs;
        bool reverse = nowUs / PhaseUs % 2 == 1;
        float wobble = MathF.Sin(_cycle * 0.05f);
        float speed = 3f + 0.5f * wobble;
        frame.Gear = new GearInput { Gear = reverse ? Gear.Reverse : Gear.Drive, AgeUs = 0 };
        frame.Motion = new VehicleMotion { WheelSpeedMps = speed, LongAccelMps2 = -0.2f * wobble, YawRateRps = 0.02f * wobble, AgeUs = 0 };
        float pedal = 0.5f + 0.4f * wobble;
        frame.Pedals = new PedalInputs { AccelTrack1 = pedal, AccelTrack2 = 0.5f * pedal, BrakeTravel = 0f, AgeUs = 0 };
        frame.Steering = new SteeringInput { AngleRad = 0.1f * wobble, RateRps = 0.05f, AgeUs = 0 };
        frame.BrakeFeedback = new BrakeFeedback { DecelMps2 = 0f, AgeUs = 0 };
        // wobble' = 0.05 rad per cycle × 100 cycles per second × cos: each range moves at its own range rate.
        float wobbleRateMps = 5f * MathF.Cos(_cycle * 0.05f);
        // The dead-ahead threat: a standing object approached at 3 m/s from 7 m to 4 m, a new one every second
        // (a new track id, so its range follows its own rate), half a tooth out of step with the gear changes so
        // that a change always finds forward AEB warning (TTC 1.3-2.3 s, need 0.6-1.1 m/s²: no braking).
        long tooth = (_cycle + 50) / 100;
        _threatRangeM = 7f - 3f * ((_cycle + 50) % 100) * 0.01f;
        _threatId = 100 + (int)(tooth % 50);
        Fill(ref frame.FrontRadar, wobbleRateMps, wobble, front: true);
        Fill(ref frame.RearRadar, -wobbleRateMps, -wobble, front: false);

        frame.FrontCamera.SensorOk = true;
        frame.FrontCamera.AgeUs = 15_000;
        frame.FrontCamera.Count = CameraObjectBuffer.Capacity;
        for (int i = 0; i < CameraObjectBuffer.Capacity; i++)
        {
            frame.FrontCamera.Objects[i] = new CameraObject
            {
                Id = i + 1, LongitudinalM = i == 1 ? _threatRangeM : 4f + 4f * i, LateralM = i == 1 ? 0f : (i % 5 - 2) * 1.5f, WidthM = 1.8f,
                RelVelLongMps = -speed, Class = (ObjectClass)(1 + i % 8), Confidence = 0.9f,
            };
        }

        for (int s = 0; s < UltrasonicEchoBuffer.Capacity; s++)
        {
            // A fresh measurement every few cycles, distances sweeping through the braking zone.
            frame.Ultrasonics[s] = new UltrasonicEcho
            {
                HasEcho = true, DistanceM = 2.5f + 1.5f * wobble + 0.05f * s, Strength = 0.6f, AgeUs = (_cycle + s) % 6 * 10_000,
            };
        }
    }

    private void Fill(ref RadarObjectList list, float rangeRateMps, float wobble, bool front)
    {
        list.SensorOk = true;
        list.AgeUs = _cycle % 5 * 10_000;
        list.Count = RadarTrackBuffer.Capacity;
        for (int i = 0; i < RadarTrackBuffer.Capacity; i++)
        {
            bool threat = front && i == 1;
            list.Tracks[i] = new RadarTrack
            {
                Id = threat ? _threatId : i + 1,
                // Front track 2 straight ahead (camera object 2 confirms it): a threat whatever the path
                // uncertainty and list-age compensation make of the marginal tracks beside the path.
                LongitudinalM = threat ? _threatRangeM : 3f + 2.5f * i + wobble,
                LateralM = threat ? 0f : (i % 7 - 3) * 0.9f,
                // The range rate is the range's own rate: a range that moves against its rate is a stuck
                // or inconsistent radar, which the firmware faults (RadarRangeInconsistent) instead of evaluating.
                RelVelLongMps = threat ? -3f : rangeRateMps + 0.1f * (i % 4),
                RelVelLatMps = (i % 3 - 1) * 0.4f,
                RelAccelLongMps2 = -0.5f * (i % 2),
                WidthM = i % 5 == 0 ? 0.5f : 1.8f,
                ElevationM = 0.5f,
                RcsDbsm = 5f,
                UpdateCount = 10 + i,
            };
        }
    }
}
