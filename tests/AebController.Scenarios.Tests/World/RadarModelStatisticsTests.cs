using AebController.Emulation.Profiles;
using AebController.Emulation.Sensors;
using AebController.Emulation.Vehicle;
using AebController.Emulation.World;
using AebController.Firmware.Signals;
using Xunit;

namespace AebController.Scenarios.Tests.World;

/// <summary>
/// The realistic radar against its profile's stated sigmas and against the radar equation worked by
/// hand. The tracker is opened up (α = 1, β = 0, no coasting, confirm on the first hit) so each
/// published list carries the raw measurement. Fixed seeds: the same samples every run.
/// </summary>
public sealed class RadarModelStatisticsTests
{
    private static RadarParameters RawMeasurements => WorldProfile.Realistic.FrontRadar with
    {
        TrackerAlpha = 1f, TrackerBeta = 0f, CoastUpdates = 0, ConfirmHits = 1, ConfirmWindow = 1,
        IdSwapProbability = 0f, GhostProbability = 0f, ClutterSpacingM = 0f, LatencyJitterUs = 0,
    };

    /// <summary>Runs a stopped ego facing one parked car whose near face is <paramref name="gapM"/> ahead of the bumper; returns every published track and the number of lists.</summary>
    private static (List<RadarTrack> Tracks, int Lists) Sample(RadarParameters p, float gapM, float rcsDbsm, float yM, int lists, ulong seed)
    {
        var vehicle = new VehicleParameters();
        var car = new Actor("car", ObjectClass.PassengerCar, 4.5f, 1.8f, 1.5f, 0.5f, rcsDbsm, []);
        var world = new SimulationWorld(vehicle, [car], new RoadConditions(1f, 0f));
        // World x = 0 is the ego's front bumper at the start (as ScenarioBuild places gapM actors).
        car.Reset(gapM + 2.25f, yM, 0f, 0f);
        world.Reset(0f, false);
        var radar = new RadarModel(p, SensorMount.Front, seed);
        return RadarListSampler.Collect(world, radar, lists, 100 * lists);
    }

    private static (double Mean, double Sd) Stats(IEnumerable<double> values)
    {
        var v = values.ToArray();
        double mean = v.Average();
        double sd = Math.Sqrt(v.Sum(x => (x - mean) * (x - mean)) / (v.Length - 1));
        return (mean, sd);
    }

    [Theory]
    [InlineData(20f)]
    [InlineData(50f)]
    [InlineData(100f)]
    public void Range_and_lateral_noise_match_the_profile_sigmas_and_lateral_error_grows_with_range(float gapM)
    {
        var p = RawMeasurements;
        // A strong target (SNR above the reference) is measured with the stated sigmas.
        var (tracks, _) = Sample(p, gapM, 20f, 0f, 3000, 42);
        Assert.True(tracks.Count > 2900, $"only {tracks.Count} detections of a 20 dBsm car at {gapM} m");

        double expectedRangeSd = p.RangeNoiseM + p.RangeNoisePerM * gapM;
        double expectedLateralSd = gapM * Math.Tan(p.AzimuthNoiseDeg * Math.PI / 180.0);
        var range = Stats(tracks.Select(t => (double)t.LongitudinalM));
        var lateral = Stats(tracks.Select(t => (double)t.LateralM));
        int n = tracks.Count;

        // Means unbiased within 4 standard errors; sample σ within 4 standard errors of σ (σ/√(2n)).
        Assert.InRange(range.Mean, gapM - 4 * expectedRangeSd / Math.Sqrt(n), gapM + 4 * expectedRangeSd / Math.Sqrt(n));
        Assert.InRange(lateral.Mean, -4 * expectedLateralSd / Math.Sqrt(n), 4 * expectedLateralSd / Math.Sqrt(n));
        Assert.InRange(range.Sd, expectedRangeSd * (1 - 4 / Math.Sqrt(2 * n)), expectedRangeSd * (1 + 4 / Math.Sqrt(2 * n)));
        Assert.InRange(lateral.Sd, expectedLateralSd * (1 - 4 / Math.Sqrt(2 * n)), expectedLateralSd * (1 + 4 / Math.Sqrt(2 * n)));
    }

    [Fact]
    public void Swerling_one_detection_probability_matches_the_closed_form_by_hand()
    {
        // Pd = Pfa^(1/(1+SNR)). SNR 13 dB = 19.953: Pd = exp(ln(1e-6)/20.953) = exp(-13.8155/20.953) = 0.5172.
        Assert.Equal(0.5172, RadarModel.DetectionProbability(13f, -6f), 3);
        // SNR 20 dB = 100: exp(-13.8155/101) = 0.8722. SNR 0 dB = 1: exp(-13.8155/2) = 0.000999.
        Assert.Equal(0.8722, RadarModel.DetectionProbability(20f, -6f), 3);
        Assert.Equal(0.000999, RadarModel.DetectionProbability(0f, -6f), 5);
    }

    [Fact]
    public void Detections_of_a_car_at_180_m_follow_the_radar_equation()
    {
        // Radar equation by hand with the realistic profile (13 dB for 0 dBsm at 100 m): a 10 dBsm car at
        // slant range R has SNR = 13 + 10 - 40·log10(R/100). The near face is 180 m ahead: R = 180 m,
        // SNR = 23 - 10.21 = 12.79 dB = 19.01, Pd = exp(-13.8155/20.01) = 0.5014 per scan.
        var p = RawMeasurements;
        Assert.Equal(13f, p.SnrAt100MFor0DbsmDb);
        var (tracks, lists) = Sample(p, 180f, 10f, 0f, 4000, 7);
        double pd = (double)tracks.Count / lists;
        double sigma = Math.Sqrt(0.5014 * (1 - 0.5014) / lists);
        Assert.InRange(pd, 0.5014 - 4 * sigma, 0.5014 + 4 * sigma);
    }

    [Fact]
    public void The_ideal_radar_detects_by_a_fixed_rcs_threshold_with_constant_noise()
    {
        var ideal = WorldProfile.Ideal.FrontRadar;
        // Threshold -5 dBsm at 100 m, +40 dB per decade: a -8 dBsm pedestrian is seen inside 84 m (10^(3/40)·... = 100·10^(-3/40) = 84.1 m).
        var near = Sample(ideal, 80f, -8f, 0f, 200, 1);
        var far = Sample(ideal, 90f, -8f, 0f, 200, 1);
        Assert.Equal(near.Lists, near.Tracks.Count);
        Assert.Empty(far.Tracks);
    }
}
