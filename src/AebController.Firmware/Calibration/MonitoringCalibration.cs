namespace AebController.Firmware.Calibration;

/// <summary>Input monitoring: how old each input may get before it counts as stale.</summary>
public sealed record MonitoringCalibration
{
    /// <summary>Front and rear radar publish at 20 Hz; three missed updates make them stale.</summary>
    public long RadarMaxAgeUs { get; init; } = 200_000;
    public long CameraMaxAgeUs { get; init; } = 200_000;

    /// <summary>Ultrasonics measure at about 15 Hz.</summary>
    public long UltrasonicMaxAgeUs { get; init; } = 250_000;

    /// <summary>Pedals, motion, steering and gear arrive every cycle (10 ms); three missed cycles make them stale.</summary>
    public long VehicleSignalMaxAgeUs { get; init; } = 25_000;

    /// <summary>Accelerator track 2 must read half of track 1 within this…</summary>
    public float PedalTrackTolerance { get; init; } = 0.04f;

    /// <summary>…or, after this many cycles in a row, the pedal is faulted.</summary>
    public int PedalTrackDebounceCycles { get; init; } = 2;

    /// <summary>
    /// Brake pedal plausibility: the brake light switch closes in the pedal's first few per cent of
    /// travel (3 % nominal), so with the switch open the travel must stay below this (the switch point
    /// plus its spread and hysteresis)…
    /// </summary>
    public float BrakeSwitchClosedByTravel { get; init; } = 0.10f;

    /// <summary>…and with the switch closed the travel must be above this (a pedal at rest reads 0 ± ADC noise).</summary>
    public float BrakeSwitchOpenBelowTravel { get; init; } = 0.01f;

    /// <summary>
    /// Travel and switch may contradict each other this long (switch bounce, the two signals sampled at
    /// slightly different instants) before the pedal is faulted; a contradicting sample is never trusted.
    /// </summary>
    public float BrakePlausibilityDebounceS { get; init; } = 0.1f;

    /// <summary>
    /// Wheel speed plausibility: from one sample to the next the speed may differ from what the IMU's
    /// acceleration predicts by at most this. 0.5 m/s in 10 ms would be 50 m/s² (5 g), far beyond any
    /// tyre, and far above the bus quantisation; a lost tooth, a spike or a sudden bias is beyond it.
    /// </summary>
    public float WheelSpeedStepMps { get; init; } = 0.5f;

    /// <summary>
    /// A jump that stays (an offset) faults the wheel speed after this long; a spike or burst that comes
    /// back to the IMU-carried speed within it is only distrusted for its samples.
    /// </summary>
    public float WheelSpeedJumpDebounceS { get; init; } = 0.05f;

    /// <summary>
    /// A frozen wheel speed (docs/calibration.md): samples within this of the first of their run count as
    /// "the same value". Two bits of the bus signal (0.03125 km/h per bit, Hyundai/Kia; sensors.md V7).
    /// </summary>
    public float WheelSpeedFrozenToleranceMps { get; init; } = 0.0174f;

    /// <summary>
    /// The accelerometer must read at least this braking force for a frozen wheel speed to be judged: the
    /// steepest grade the scenarios allow (40 %, g·sin(atan 0.4) = 3.64 m/s², beyond the steepest public
    /// streets at 35–37 %) plus the accelerometer's offset (SMI700 ±50 mg = 0.49 m/s²) plus 0.5 m/s² (4.632, rounded up), so that
    /// the car provably slows by at least 0.5 m/s² on any road.
    /// </summary>
    public float WheelSpeedFrozenMinBrakeMps2 { get; init; } = 4.64f;

    /// <summary>
    /// How long the wheel speed must stay frozen under that braking: at 0.5 m/s² the car's speed moves
    /// 0.15 m/s in 0.3 s, 8.6 times the tolerance. Then `WheelSpeedFrozen` for the drive.
    /// </summary>
    public float WheelSpeedFrozenS { get; init; } = 0.3f;

    /// <summary>
    /// An accelerometer reading within this of 0 is no evidence that the car's speed changed (SMI700 offset
    /// ±50 mg over temperature and life, 0.49 m/s²): the speed re-anchored after a frozen wheel speed is
    /// carried only by readings beyond it.
    /// </summary>
    public float AccelOffsetMps2 { get; init; } = 0.5f;

    /// <summary>
    /// The gyro's yaw rate against the steered yaw (docs/calibration.md): tolerance, share of the steered
    /// yaw, how long it must stay outside, and the speed from which it is judged.
    /// </summary>
    public float YawToleranceRps { get; init; } = 0.03f;
    public float YawShareOfSteered { get; init; } = 0.3f;
    public float YawDebounceS { get; init; } = 0.3f;
    public float YawMinSpeedMps { get; init; } = 3f;

    /// <summary>
    /// A new gear is taken only after it has read the same for this long: a shift takes far longer
    /// (≥ 0.3 s by wire), while a one- or two-sample glitch to another valid gear (neutral) must not
    /// switch forward AEB off in the middle of a warning.
    /// </summary>
    public float GearDebounceS { get; init; } = 0.05f;

    /// <summary>
    /// Range against range rate on the threat's track: within this window of radar lists, the mean of the second
    /// half's ranges (each plus the closing integrated since the window opened) must agree with the first half's
    /// within the tolerance. 0.5 s holds 5 lists a half at 20 Hz; a range stuck while the gap closes at 30 km/h
    /// moves the halves 2.1 m apart.
    /// </summary>
    public float RangeConsistencyWindowS { get; init; } = 0.5f;

    /// <summary>
    /// Fixed part of the halves' allowed difference. Realistic radar range noise is σ 0.1 m + 0.5 % of range
    /// (docs/sensors.md: UMRR-09 0.5 m + 1 % read as 2σ); two means of 5 lists differ by 0.63 σ: 0.2 m at 44 m.
    /// 0.5 m + 1.5 % of range is 5.8σ at 44 m, and 2.6σ at 150 m for a small target whose low SNR doubles the
    /// noise (two such windows in a row: 1 in 40,000). A range rate drifting at 2 m/s² is faulted after 2.75 s.
    /// </summary>
    public float RangeConsistencyToleranceM { get; init; } = 0.5f;

    /// <summary>Part of the allowed difference that grows with range: radar range noise grows with range (see above).</summary>
    public float RangeConsistencyTolerancePerM { get; init; } = 0.015f;

    /// <summary>
    /// Consecutive inconsistent windows, each on its own lists, that fault the radar for the rest of the drive. One
    /// window can be unlucky (a multipath list, an id kept across a swap); a faulted radar leaves the car without
    /// AEB, so it takes two: a stuck range is faulted after 1.0 s, while its threat is carried on by the rate.
    /// </summary>
    public int RangeConsistencyConfirmWindows { get; init; } = 2;

    /// <summary>
    /// Range against range rate, fast enough for a bias (<see cref="Monitoring.RangeRateAgreement"/>): the
    /// range plus the integrated closing must stay at its anchor, the mean of the first lists. See
    /// docs/calibration.md for the reasons: anchor lists, tolerance, allowance per second, anchor life.
    /// </summary>
    public int RangeRateAnchorLists { get; init; } = 4;
    public float RangeRateToleranceM { get; init; } = 0.4f;

    /// <summary>
    /// Tolerance added per metre of range: radar range noise grows with range (realistic σ 0.1 m + 0.5 % of range,
    /// docs/sensors.md), and the anchor mean and the recent median differ by about 0.85 σ. 0.4 m alone tripped
    /// the realistic radar before any threat in 20 catalog cases (no warning, no braking); 0.4 m + 2 % of range
    /// is 5σ at every range.
    /// </summary>
    public float RangeRateTolerancePerM { get; init; } = 0.02f;
    public float RangeRateAllowanceMps { get; init; } = 0.25f;
    public float RangeRateAnchorMaxS { get; init; } = 3.0f;
    public float RangeRateMaxRelativeAccelMps2 { get; init; } = 20f;
    public int RangeRatePersistLists { get; init; } = 3;

    /// <summary>
    /// The whole front-radar list's ranges against their rates (<see cref="Monitoring.RadarRangeSlopeAgreement"/>, with
    /// forward AEB's range-slope window and tolerance): a list disagrees when at least this many tracks' range slopes
    /// contradict their rates and they outnumber the tracks that agree. 2: one track can be a tracker's mistake (an id
    /// swapped to a neighbour), a frozen range field freezes every track.
    /// </summary>
    public int RadarSlopeMinTracks { get; init; } = 2;

    /// <summary>
    /// Disagreeing lists in a row that fault the front radar (`RadarRangeInconsistent`). 6 lists (0.3 s at 20 Hz): longer
    /// than the slope's window (0.2 s, 4-5 lists), so one jump of a track's range leaves the window before it can fault the
    /// radar; a range frozen while the car drives at 40 km/h is found about 0.5 s after it freezes.
    /// </summary>
    public int RadarSlopeConfirmLists { get; init; } = 6;

    /// <summary>
    /// A radar list that repeats the one before it this many times in a row is frozen (`FrontRadarFrozen`,
    /// `RearRadarFrozen`; <see cref="Monitoring.RadarListRepeat"/>): one list sent twice (a retransmission) is no fault;
    /// three repeats take 150 ms at 20 Hz, inside the 250 ms in which a radar that stops sending is found.
    /// </summary>
    public int RadarFrozenLists { get; init; } = 3;

    /// <summary>
    /// The front radar's lateral position against the integral of its own lateral velocity, track by track
    /// (<see cref="Monitoring.RadarLateralAgreement"/>, `RadarLateralImplausible`); see docs/calibration.md for the reasons
    /// of each number: tracks confirmed for this many updates…
    /// </summary>
    public int RadarLateralMinUpdates { get; init; } = 5;

    /// <summary>…within this range…</summary>
    public float RadarLateralMaxRangeM { get; init; } = 80f;

    /// <summary>…anchored on the mean residual of this many lists…</summary>
    public int RadarLateralAnchorLists { get; init; } = 4;

    /// <summary>…agree within this much…</summary>
    public float RadarLateralToleranceM { get; init; } = 0.3f;

    /// <summary>…plus this much per metre of range (an angle error)…</summary>
    public float RadarLateralTolerancePerM { get; init; } = 0.005f;

    /// <summary>…plus the tracker's lag (this) times the lateral velocity's change since the anchor…</summary>
    public float RadarLateralLagS { get; init; } = 0.2f;

    /// <summary>…plus this much per second since the anchor (a lateral velocity bias)…</summary>
    public float RadarLateralAllowanceMps { get; init; } = 0.1f;

    /// <summary>…the anchor renewed after this long while consistent…</summary>
    public float RadarLateralAnchorMaxS { get; init; } = 2.0f;

    /// <summary>…and a disagreement must last this many lists in a row.</summary>
    public int RadarLateralPersistLists { get; init; } = 4;

    /// <summary>
    /// The wheel speed against the standing world the front radar sees (<see cref="Monitoring.StationaryWorldSpeed"/>,
    /// `WheelSpeedDisagreesWithRadar`); see docs/calibration.md for the reasons: above this speed…
    /// </summary>
    public float WorldSpeedMinSpeedMps { get; init; } = 5f;

    /// <summary>…judged under no brake beyond this (wheel slip)…</summary>
    public float WorldSpeedMaxBrakeMps2 { get; init; } = 1f;

    /// <summary>…tracks confirmed this many updates, within this range…</summary>
    public int WorldSpeedMinUpdates { get; init; } = 5;
    public float WorldSpeedMaxRangeM { get; init; } = 80f;

    /// <summary>…within this gate of the standing cluster's offset, at least this many…</summary>
    public float WorldSpeedGateMps { get; init; } = 0.5f;
    public int WorldSpeedMinWitnesses { get; init; } = 2;

    /// <summary>…an offset beyond this plus this share of speed…</summary>
    public float WorldSpeedToleranceMps { get; init; } = 0.5f;
    public float WorldSpeedToleranceShare { get; init; } = 0.04f;

    /// <summary>…for this many lists in a row.</summary>
    public int WorldSpeedPersistLists { get; init; } = 4;

    /// <summary>
    /// A lost wheel speed's stand-in (<see cref="Monitoring.SpeedStandIn"/>, forward only; see docs/calibration.md): the
    /// speed the IMU carries on from the last trusted wheel speed is trusted alone for this long after the loss…
    /// </summary>
    public float SpeedStandInImuCarryS { get; init; } = 1.0f;

    /// <summary>…and, put right by the front radar's standing world, while its last fix is no older than this. 0 = never.</summary>
    public float SpeedStandInWorldFixMaxAgeS { get; init; } = 0.25f;

    /// <summary>
    /// The wheel speed's slope as the ego's acceleration for the threat (<see cref="Perception.WheelAcceleration"/>; the lower of it
    /// and the accelerometer is taken): over this window, every sample at or above the wheel speed's dropout
    /// (<see cref="VehicleCalibration.WheelSpeedDropoutMps"/>: below it the sensor reads 0 while the car rolls).
    /// </summary>
    public float WheelAccelWindowS { get; init; } = 0.1f;

    /// <summary>Brake feedback may lag the request by the actuator's response; a residual above this…</summary>
    public float BrakeMismatchMps2 { get; init; } = 2.0f;

    /// <summary>…for this long is an actuator fault.</summary>
    public long BrakeMismatchUs { get; init; } = 300_000;

    /// <summary>Expected actuator response: dead time and first-order lag, used to predict feedback from the request.</summary>
    public float BrakeModelDeadTimeS { get; init; } = 0.08f;
    public float BrakeModelLagS { get; init; } = 0.12f;

    /// <summary>
    /// After start-up, an input that has not arrived yet is "not yet available", not a fault, for
    /// this long: sensors boot and the 20 Hz lists need a first period. Functions stay in their safe
    /// state meanwhile because the input is still not fresh.
    /// </summary>
    public long StartupGraceUs { get; init; } = 500_000;

    /// <summary>
    /// Inputs this installation has. An input that is not fitted is never a fault (no code, no lamp);
    /// the functions that need it stay in their safe state. The bench Pi has no camera, ultrasonics or
    /// brake-pressure feedback.
    /// </summary>
    public bool CameraFitted { get; init; } = true;
    public bool UltrasonicsFitted { get; init; } = true;
    public bool BrakeFeedbackFitted { get; init; } = true;

    public void Validate(CalibrationRules rules, string prefix)
    {
        rules.InRange(prefix + "radarMaxAgeUs", RadarMaxAgeUs, 10_000, 2_000_000, "µs");
        rules.InRange(prefix + "cameraMaxAgeUs", CameraMaxAgeUs, 10_000, 2_000_000, "µs");
        rules.InRange(prefix + "ultrasonicMaxAgeUs", UltrasonicMaxAgeUs, 10_000, 2_000_000, "µs");
        rules.InRange(prefix + "pedalTrackTolerance", PedalTrackTolerance, 0.005, 0.3, "");
        rules.InRange(prefix + "pedalTrackDebounceCycles", PedalTrackDebounceCycles, 1, 20, "cycles");
        rules.InRange(prefix + "brakeSwitchClosedByTravel", BrakeSwitchClosedByTravel, 0.02, 0.5, "");
        rules.InRange(prefix + "brakeSwitchOpenBelowTravel", BrakeSwitchOpenBelowTravel, 0.0, 0.1, "");
        rules.Require(BrakeSwitchOpenBelowTravel < BrakeSwitchClosedByTravel, prefix + "brakeSwitchOpenBelowTravel", "must be below brakeSwitchClosedByTravel");
        rules.InRange(prefix + "brakePlausibilityDebounceS", BrakePlausibilityDebounceS, 0.01, 1.0, "s");
        rules.InRange(prefix + "wheelSpeedStepMps", WheelSpeedStepMps, 0.05, 10.0, "m/s");
        rules.InRange(prefix + "wheelSpeedJumpDebounceS", WheelSpeedJumpDebounceS, 0.01, 1.0, "s");
        rules.InRange(prefix + "wheelSpeedFrozenToleranceMps", WheelSpeedFrozenToleranceMps, 0.0, 1.0, "m/s");
        rules.InRange(prefix + "wheelSpeedFrozenMinBrakeMps2", WheelSpeedFrozenMinBrakeMps2, 1.0, 10.0, "m/s²");
        rules.InRange(prefix + "wheelSpeedFrozenS", WheelSpeedFrozenS, 0.05, 2.0, "s");
        rules.InRange(prefix + "accelOffsetMps2", AccelOffsetMps2, 0.0, 3.0, "m/s²");
        rules.Require(AccelOffsetMps2 < WheelSpeedFrozenMinBrakeMps2, prefix + "accelOffsetMps2", "must be below wheelSpeedFrozenMinBrakeMps2");
        rules.InRange(prefix + "yawToleranceRps", YawToleranceRps, 0.005, 1.0, "rad/s");
        rules.InRange(prefix + "yawShareOfSteered", YawShareOfSteered, 0.0, 2.0, "");
        rules.InRange(prefix + "yawDebounceS", YawDebounceS, 0.01, 5.0, "s");
        rules.InRange(prefix + "yawMinSpeedMps", YawMinSpeedMps, 0.0, 30.0, "m/s");
        rules.InRange(prefix + "gearDebounceS", GearDebounceS, 0.0, 0.5, "s");
        rules.InRange(prefix + "rangeConsistencyWindowS", RangeConsistencyWindowS, 0.1, 5.0, "s");
        rules.InRange(prefix + "rangeConsistencyToleranceM", RangeConsistencyToleranceM, 0.2, 10.0, "m");
        rules.InRange(prefix + "rangeConsistencyTolerancePerM", RangeConsistencyTolerancePerM, 0.0, 0.1, "m per m");
        rules.InRange(prefix + "rangeConsistencyConfirmWindows", RangeConsistencyConfirmWindows, 1, 10, "windows");
        rules.InRange(prefix + "rangeRateAnchorLists", RangeRateAnchorLists, 1, 64, "lists");
        rules.InRange(prefix + "rangeRateToleranceM", RangeRateToleranceM, 0.05, 10.0, "m");
        rules.InRange(prefix + "rangeRateTolerancePerM", RangeRateTolerancePerM, 0.0, 0.1, "m per m");
        rules.InRange(prefix + "rangeRateAllowanceMps", RangeRateAllowanceMps, 0.0, 5.0, "m/s");
        rules.InRange(prefix + "rangeRateAnchorMaxS", RangeRateAnchorMaxS, 0.2, 10.0, "s");
        rules.InRange(prefix + "rangeRateMaxRelativeAccelMps2", RangeRateMaxRelativeAccelMps2, 5.0, 100.0, "m/s²");
        rules.InRange(prefix + "rangeRatePersistLists", RangeRatePersistLists, 1, 20, "lists");
        rules.InRange(prefix + "radarSlopeMinTracks", RadarSlopeMinTracks, 1, 64, "tracks");
        rules.InRange(prefix + "radarSlopeConfirmLists", RadarSlopeConfirmLists, 1, 40, "lists");
        rules.InRange(prefix + "radarFrozenLists", RadarFrozenLists, 1, 20, "lists");
        rules.InRange(prefix + "radarLateralMinUpdates", RadarLateralMinUpdates, 1, 100, "updates");
        rules.InRange(prefix + "radarLateralMaxRangeM", RadarLateralMaxRangeM, 5.0, 300.0, "m");
        rules.InRange(prefix + "radarLateralAnchorLists", RadarLateralAnchorLists, 1, 64, "lists");
        rules.InRange(prefix + "radarLateralToleranceM", RadarLateralToleranceM, 0.05, 5.0, "m");
        rules.InRange(prefix + "radarLateralTolerancePerM", RadarLateralTolerancePerM, 0.0, 0.05, "m per m");
        rules.InRange(prefix + "radarLateralLagS", RadarLateralLagS, 0.0, 2.0, "s");
        rules.InRange(prefix + "radarLateralAllowanceMps", RadarLateralAllowanceMps, 0.0, 2.0, "m/s");
        rules.InRange(prefix + "radarLateralAnchorMaxS", RadarLateralAnchorMaxS, 0.2, 10.0, "s");
        rules.InRange(prefix + "radarLateralPersistLists", RadarLateralPersistLists, 1, 20, "lists");
        rules.InRange(prefix + "worldSpeedMinSpeedMps", WorldSpeedMinSpeedMps, 0.5, 50.0, "m/s");
        rules.InRange(prefix + "worldSpeedMaxBrakeMps2", WorldSpeedMaxBrakeMps2, 0.0, 10.0, "m/s²");
        rules.InRange(prefix + "worldSpeedMinUpdates", WorldSpeedMinUpdates, 1, 100, "updates");
        rules.InRange(prefix + "worldSpeedMaxRangeM", WorldSpeedMaxRangeM, 5.0, 300.0, "m");
        rules.InRange(prefix + "worldSpeedGateMps", WorldSpeedGateMps, 0.05, 5.0, "m/s");
        rules.InRange(prefix + "worldSpeedMinWitnesses", WorldSpeedMinWitnesses, 1, 64, "tracks");
        rules.InRange(prefix + "worldSpeedToleranceMps", WorldSpeedToleranceMps, 0.05, 5.0, "m/s");
        rules.InRange(prefix + "worldSpeedToleranceShare", WorldSpeedToleranceShare, 0.0, 0.3, "");
        rules.InRange(prefix + "worldSpeedPersistLists", WorldSpeedPersistLists, 1, 20, "lists");
        rules.InRange(prefix + "speedStandInImuCarryS", SpeedStandInImuCarryS, 0.0, 3.0, "s");
        rules.InRange(prefix + "speedStandInWorldFixMaxAgeS", SpeedStandInWorldFixMaxAgeS, 0.0, 1.0, "s");
        rules.InRange(prefix + "wheelAccelWindowS", WheelAccelWindowS, 0.01, 1.0, "s");
        rules.InRange(prefix + "brakeMismatchMps2", BrakeMismatchMps2, 0.2, 10.0, "m/s²");
        rules.InRange(prefix + "brakeMismatchUs", BrakeMismatchUs, 10_000, 5_000_000, "µs");
        rules.InRange(prefix + "brakeModelDeadTimeS", BrakeModelDeadTimeS, 0.0, 0.5, "s");
        rules.InRange(prefix + "brakeModelLagS", BrakeModelLagS, 0.01, 1.0, "s");
        rules.InRange(prefix + "startupGraceUs", StartupGraceUs, 0, 10_000_000, "µs");
        rules.InRange(prefix + "vehicleSignalMaxAgeUs", VehicleSignalMaxAgeUs, 1_000, 1_000_000, "µs");
    }
}
