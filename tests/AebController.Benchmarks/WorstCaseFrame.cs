using AebController.Firmware.Signals;

namespace AebController.Benchmarks;

/// <summary>A frame with the given number of radar tracks spread over the field of view, one of them an in-path threat.</summary>
public static class WorstCaseFrame
{
    public static SensorFrame Create(int radarTracks)
    {
        var frame = new SensorFrame();
        frame.Clear();
        frame.NowUs = 1_000_000;
        frame.Motion = new VehicleMotion { WheelSpeedMps = 13.9f, LongAccelMps2 = 0f, YawRateRps = 0.01f, AgeUs = 0 };
        frame.Gear = new GearInput { Gear = Gear.Drive, AgeUs = 0 };
        frame.Pedals = new PedalInputs { AccelTrack1 = 0.2f, AccelTrack2 = 0.1f, AgeUs = 0 };
        frame.Steering = new SteeringInput { AgeUs = 0 };
        frame.BrakeFeedback = new BrakeFeedback { AgeUs = 0 };
        frame.FrontRadar.SensorOk = true;
        frame.FrontRadar.AgeUs = 20_000;
        frame.FrontRadar.Count = radarTracks;
        for (int i = 0; i < radarTracks; i++)
        {
            frame.FrontRadar.Tracks[i] = new RadarTrack
            {
                Id = i + 1,
                LongitudinalM = 5f + 3f * i,
                LateralM = (i % 7 - 3) * 1.2f,
                RelVelLongMps = -13.9f + 0.2f * i,
                RelVelLatMps = (i % 3 - 1) * 0.3f,
                WidthM = 1.8f,
                ElevationM = 0.5f,
                RcsDbsm = 10f,
                UpdateCount = 10,
            };
        }

        frame.RearRadar.SensorOk = true;
        frame.RearRadar.AgeUs = 20_000;
        frame.FrontCamera.SensorOk = true;
        frame.FrontCamera.AgeUs = 10_000;
        for (int s = 0; s < UltrasonicEchoBuffer.Capacity; s++)
        {
            frame.Ultrasonics[s] = new UltrasonicEcho { HasEcho = true, DistanceM = 3f + 0.1f * s, Strength = 0.5f, AgeUs = 30_000 };
        }

        return frame;
    }
}
