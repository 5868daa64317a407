namespace AebController.Firmware.Calibration;

/// <summary>
/// Forward AEB and FCW. Starting values follow the staged scheme (FCW, partial braking about 3.8
/// and 5.3 m/s², full braking about 9.8 m/s²) and a driver model of 1.2 s reaction and 4 m/s²
/// braking; the closed-loop scenarios decide the final numbers.
/// </summary>
public sealed record ForwardAebCalibration
{
    /// <summary>Lowest speed at which the function arms (1 km/h).</summary>
    public float MinSpeedMps { get; init; } = 1f / 3.6f;

    /// <summary>Highest speed at which the function arms (135 km/h).</summary>
    public float MaxSpeedMps { get; init; } = 135f / 3.6f;

    public float DriverReactionTimeS { get; init; } = 1.2f;
    public float DriverDecelMps2 { get; init; } = 4.0f;

    /// <summary>
    /// The warning threshold never drops below this: at low speed the driver-model threshold alone
    /// would leave less than the 0.8 s R152 asks between warning and braking.
    /// </summary>
    public float FcwMinTtcS { get; init; } = 2.0f;

    /// <summary>No warning is given for a threat further away in time than this.</summary>
    public float FcwMaxTtcS { get; init; } = 4.0f;

    /// <summary>Once warning, the warning holds until TTC exceeds the warning threshold by this much: radar noise never makes it flicker.</summary>
    public float FcwHysteresisS { get; init; } = 0.5f;

    /// <summary>Required deceleration at which partial braking begins.</summary>
    public float PartialBrakeEntryDecelMps2 { get; init; } = 3.0f;
    public float PartialBrake1DecelMps2 { get; init; } = 3.8f;
    public float Stage2EntryDecelMps2 { get; init; } = 4.3f;
    public float PartialBrake2DecelMps2 { get; init; } = 5.3f;

    /// <summary>
    /// The demand partial braking opens with before it eases down to its stage at the release rate: UN R152 and
    /// GB 39901-2025 require an emergency braking demand of at least 5.0 m/s². Stage 1's 3.8 stopped r152 at
    /// 10 km/h without ever asking 5.0, and a stage 2 entered directly asked 1.15 × 4.3 = 4.95 m/s²; held through
    /// stage 1, it stopped the car 11–18 m short from 60–80 km/h.
    /// </summary>
    public float EmergencyMinDecelMps2 { get; init; } = 5.0f;
    public float FullBrakeEntryDecelMps2 { get; init; } = 5.8f;
    public float FullBrakeDecelMps2 { get; init; } = 9.8f;

    /// <summary>Above this required deceleration the minimum warning time is waived: braking now beats warning longer.</summary>
    public float CriticalDecelMps2 { get; init; } = 7.0f;

    /// <summary>
    /// The same waiver for a threat carried blind (dead-reckoned through an input fault): its need is a lower bound (the
    /// prediction cannot see a lead brake harder), so the warning lead is waived from this need on.
    /// </summary>
    public float BlindCriticalDecelMps2 { get; init; } = 5.8f;

    /// <summary>UN R152 5.2.1.1: the warning comes at least 0.8 s before emergency braking.</summary>
    public float MinWarningBeforeBrakeS { get; init; } = 0.8f;

    /// <summary>Time from a brake request to the deceleration being there; the threat is judged that far ahead.</summary>
    public float BrakeLatencyS { get; init; } = 0.30f;

    /// <summary>Gap to keep to the target when stopping behind it.</summary>
    public float StopMarginM { get; init; } = 1.0f;

    /// <summary>Time a condition must hold, every cycle, before a state is entered; one glitch never brakes.</summary>
    public float PersistenceS { get; init; } = 0.03f;

    /// <summary>Time the threat must be gone before a warning ends or braking is released.</summary>
    public float ThreatLostS { get; init; } = 0.3f;

    /// <summary>FCW warns up to this speed: beyond the AEB window a warning still helps the driver.</summary>
    public float FcwMaxSpeedMps { get; init; } = 250f / 3.6f;

    /// <summary>Speed windows are left only this far beyond their limits: wheel-speed noise never toggles a function.</summary>
    public float SpeedHysteresisMps { get; init; } = 0.5f / 3.6f;

    /// <summary>A warning or brake already on is held this long through an input fault before the safe state: one glitch never cancels it.</summary>
    public float FaultGraceS { get; init; } = 0.2f;

    /// <summary>
    /// An input fault while a threat stands carries the last healthy threat forward (dead reckoning) for
    /// at most this long: the longest warning (fcwMaxTtcS, 4 s: by then the car has reached the target's
    /// position at constant speed) plus the standstill hold (2 s). Beyond it the prediction is not trusted.
    /// </summary>
    public float CoastMaxS { get; init; } = 6.0f;

    /// <summary>
    /// A front radar found blind to the carried threat (its list empty while the camera sees the object there) stays
    /// blind until the camera has not seen the object for this long: four 20 Hz frames, so a detection probability of
    /// 0.95 per frame ends it by chance once in 160,000 (docs/calibration.md).
    /// </summary>
    public float BlindCameraSilenceS { get; init; } = 0.2f;

    /// <summary>
    /// The range a threat is carried from is the nearest the radar gave lately (each list brought to
    /// now); this envelope rises back towards the live range at this rate, so a low sample is
    /// forgotten within a few lists (see docs/calibration.md).
    /// </summary>
    public float CoastRangeRelaxMps { get; init; } = 1.0f;

    /// <summary>
    /// Lists in a row a threat's track must read standing by its range rate (the radar's standing test) before, while a
    /// warning or a brake is on, it is judged standing for as long as its ranges close at the ego's speed
    /// (<see cref="Perception.StandingThreat"/>): a rate that then reads it driving away is not believed without the
    /// ranges (see docs/calibration.md). 0 = off.
    /// </summary>
    public int StandingHoldLists { get; init; } = 3;

    /// <summary>
    /// While a warning or a brake is on, a braking lead is judged at the strongest deceleration its track showed within
    /// this time, and at the speed that leaves it with now (<see cref="Perception.HeldLeadDeceleration"/>): one list's
    /// low acceleration estimate (noise) cannot ease a justified intervention (see docs/calibration.md). 0 = off.
    /// </summary>
    public float LeadDecelHoldS { get; init; } = 0.2f;

    /// <summary>
    /// Lists in a row that must give a threat track's range rate one and the same value before the rate may be judged
    /// frozen (<see cref="Perception.FrozenRate"/>, with <see cref="FrozenRateChangeMps"/>; see docs/calibration.md). Below 2 = off.
    /// </summary>
    public int FrozenRateLists { get; init; } = 3;

    /// <summary>
    /// How far the track's own relative acceleration, integrated over those lists, must say the rate moved for the repeat to
    /// be a frozen field: the threat is then judged at the rate dead-reckoned by that acceleration (see docs/calibration.md).
    /// </summary>
    public float FrozenRateChangeMps { get; init; } = 0.5f;

    /// <summary>
    /// The window of the least-squares slope of the threat track's range plus its integrated rate
    /// (<see cref="Perception.RangeSlopeExcess"/>): where the ranges close faster than the rate by more than its accuracy
    /// (monitoring.rangeRateAllowanceMps) plus <see cref="RateExcessSigmas"/> standard errors, the threat is judged at the
    /// ranges' closing (see docs/calibration.md). 0 = off.
    /// </summary>
    public float RateExcessWindowS { get; init; } = 1.5f;

    /// <summary>Lists the window must hold before its slope is judged (see docs/calibration.md).</summary>
    public int RateExcessMinLists { get; init; } = 20;

    /// <summary>Standard errors of the fit the excess must pass beyond the rate's accuracy (see docs/calibration.md).</summary>
    public float RateExcessSigmas { get; init; } = 4f;

    /// <summary>
    /// The window of the least-squares slope of a track's ranges that stands in for its range rate where that field alone is
    /// lost (<see cref="Perception.RadarRateStandIn"/>; see docs/calibration.md).
    /// </summary>
    public float RateStandInWindowS { get; init; } = 0.5f;

    /// <summary>Ranges the window must hold before a lost rate is stood in for (see docs/calibration.md).</summary>
    public int RateStandInMinLists { get; init; } = 6;

    /// <summary>Standard errors of the slope within which a stood-in rate is taken as a standing object's (see docs/calibration.md).</summary>
    public float RateStandInStandingSigmas { get; init; } = 3f;

    /// <summary>
    /// A blind prediction of a target whose deceleration still builds starts this much later along its jerk:
    /// the α-β tracker (Benedict–Bordner α 0.5 at 20 Hz) trails a jerk ramp by 0.125 s in its acceleration,
    /// and the list arrives 30–80 ms after it was measured (docs/calibration.md).
    /// </summary>
    public float CoastAccelLagS { get; init; } = 0.2f;

    /// <summary>Time constant of the filter that follows the target acceleration's slope (two 20 Hz lists).</summary>
    public float CoastJerkTimeConstantS { get; init; } = 0.1f;

    /// <summary>A target decelerating by more than this is braking (beyond the noise of its acceleration estimate).</summary>
    public float CoastBrakingTargetMps2 { get; init; } = 1.0f;

    /// <summary>
    /// A moving lead decelerating by more than this has begun to brake (4 σ of its acceleration estimate's noise): a warning
    /// given before that did not foresee what follows, so whether R152's warning lead can still be waited out is judged
    /// as if the lead were counted from here (docs/calibration.md). 0 = off.
    /// </summary>
    public float LeadBrakingOnsetMps2 { get; init; } = 2.0f;

    /// <summary>
    /// A moving lead read decelerating by more than this in LeadBrakingConfirmLists consecutive radar lists has begun to
    /// brake too (the same use as LeadBrakingOnsetMps2, seen sooner: docs/calibration.md). 0 = off.
    /// </summary>
    public float LeadBrakingConfirmMps2 { get; init; } = 1.5f;

    /// <summary>
    /// Consecutive radar lists LeadBrakingConfirmMps2 must hold in, each reading at least as much braking as the one before
    /// (a braking that builds); 0 = off.
    /// </summary>
    public int LeadBrakingConfirmLists { get; init; } = 2;


    /// <summary>Braking escalates to full when the achieved deceleration lags a healthy actuator's by more than this…</summary>
    public float ShortfallToleranceMps2 { get; init; } = 1.0f;

    /// <summary>…for this long.</summary>
    public float ShortfallConfirmS { get; init; } = 0.25f;

    /// <summary>Lowest road friction the estimate may fall to (ice).</summary>
    public float MinFrictionEstimate { get; init; } = 0.1f;

    /// <summary>Stage-2 braking asks for the need times this, between the two stage levels.</summary>
    public float GraduationGain { get; init; } = 1.15f;

    /// <summary>Brake assist makes a braking driver's deceleration the need times this.</summary>
    public float BrakeAssistGain { get; init; } = 1.1f;

    /// <summary>A closing speed above this keeps braking latched.</summary>
    public float StillClosingMps { get; init; } = 0.1f;

    /// <summary>After a warning ends, the time before a new one may start.</summary>
    public float WarningHoldOffS { get; init; } = 1.0f;

    public float StandstillSpeedMps { get; init; } = 0.15f;

    /// <summary>
    /// Standstill also needs the IMU (where trusted) to feel less deceleration than this: a stopped car
    /// feels none, one still rolling under emergency braking feels the stage (≥ 3.8 m/s²); half of the
    /// lowest stage leaves room for the pitch rebound and noise.
    /// </summary>
    public float StandstillMaxDecelMps2 { get; init; } = 2.0f;
    public float StandstillHoldS { get; init; } = 2.0f;
    public float HoldDecelMps2 { get; init; } = 3.0f;

    /// <summary>How fast the brake request is ramped out on release.</summary>
    public float ReleaseRateMps3 { get; init; } = 10f;

    /// <summary>Accelerator position (track 1) that counts as kick-down.</summary>
    public float KickDownPedal { get; init; } = 0.9f;

    /// <summary>Steering-wheel rate that counts as an evasive manoeuvre.</summary>
    public float EvasiveSteerRateRps { get; init; } = 3.0f;

    /// <summary>Brake pedal travel that counts as the driver braking.</summary>
    public float DriverBrakeTravel { get; init; } = 0.05f;

    /// <summary>Suppression after a driver override.</summary>
    public float OverrideHoldOffS { get; init; } = 2.0f;

    /// <summary>Lateral overlap with the ego path below which a target is not in the path.</summary>
    public float MinOverlapM { get; init; } = 0.15f;

    /// <summary>A track needs this many radar updates before it can be a threat.</summary>
    public int MinTrackUpdates { get; init; } = 3;

    /// <summary>Reflections higher than this (gantries, bridges) are not in the path.</summary>
    public float MaxTargetElevationM { get; init; } = 2.2f;

    /// <summary>Stationary reflections lower than this (road plates, drain covers) are drivable.</summary>
    public float MinStationaryElevationM { get; init; } = 0.12f;

    public float MaxRangeM { get; init; } = 200f;

    /// <summary>Radar lateral velocities below this are taken as zero (they are α-β estimates from noisy azimuth).</summary>
    public float LateralVelocityDeadbandMps { get; init; } = 0.5f;

    /// <summary>Growth of that deadband with range: the estimate's noise grows with range (azimuth σ × range).</summary>
    public float LateralVelocityDeadbandPerM { get; init; } = 0.035f;

    /// <summary>
    /// The radar cross-section whose echo at 100 m has the SNR at which the front radar's datasheet angle accuracy holds: 7 dBsm
    /// (the realistic radar: 13 dB SNR for 0 dBsm at 100 m, accuracy held from 20 dB; docs/sensors.md). A weaker echo's azimuth
    /// noise, and its lateral velocity's, grows as √(SNRref/SNR), so <see cref="LateralVelocityDeadbandPerM"/> grows with it
    /// (RadarThreatAssessor.LateralNoiseScale). −60 switches it off in effect (every echo a radar tracks is stronger than −60 dBsm + 40·log10(range / 100 m): −36 dBsm at 400 m).
    /// </summary>
    public float FullAccuracyRcsAt100MDbsm { get; init; } = 7f;

    /// <summary>A stationary radar return is a threat only where a healthy camera sees an object.</summary>
    public bool StationaryNeedsCamera { get; init; } = true;

    /// <summary>
    /// The camera object that confirms a stationary radar return must stand too: its over-ground speed (ego speed +
    /// its relative speed) within this + <see cref="CameraStationarySpeedShare"/> × ego speed. The wide range gate
    /// (2 m + 15 %) let a lead car driving at 40 km/h 45 m ahead confirm a manhole-cover return 6 m behind it
    /// (realistic fa-lead-pulls-out, seed 113: a warning at TTC 3 s for nothing). A mono camera's speed is rough
    /// (range from scale change: about 10 % of the closing speed), hence the share.
    /// </summary>
    public float CameraStationarySpeedMps { get; init; } = 2.0f;

    /// <summary>Part of that tolerance proportional to the ego speed (see <see cref="CameraStationarySpeedMps"/>).</summary>
    public float CameraStationarySpeedShare { get; init; } = 0.15f;

    /// <summary>
    /// A standing threat is judged at the front ultrasonics' in-path echo range where the echo reads nearer than the radar
    /// by at most this (<c>StandingEchoRange</c>): a radar range biased far by up to twice its accuracy (the campaign's
    /// 0.5 m) plus the echo's own centimetres is the same wall seen by two sensors; an echo nearer still is no longer
    /// taken for the radar's object, so a drifting or ghost echo moves forward AEB's braking by at most this over the
    /// speed (0.36 s at lsf-wall-6's 6 km/h).
    /// </summary>
    public float EchoRangeWindowM { get; init; } = 0.6f;

    /// <summary>
    /// Consecutive radar lists in which the camera must confirm a standing return before the confirmation is kept
    /// for the track's life (<see cref="Perception.CameraConfirmation"/>): three lists, 150 ms, three 20 Hz camera
    /// frames each with its own detection, so one frame's coincidence never latches. 0 switches the latch off.
    /// </summary>
    public int CameraLatchLists { get; init; } = 3;

    /// <summary>
    /// Lists a latched track may go unjudged (out of the gate for a glitch) and keep its latch: 4 lists, 200 ms,
    /// the radar's own staleness limit; a track gone longer is a new object and needs the camera again.
    /// </summary>
    public int CameraLatchGapLists { get; init; } = 4;

    /// <summary>
    /// A return that does not move along the road but crosses it (by the radar's lateral velocity) is a threat on
    /// radar alone only this near; farther out it needs the camera like any standing return. The lateral velocity
    /// comes from azimuth differences (deadband 0.5 m/s + 0.035 m/s per m: 2.7 m/s at 62 m), and a guard-rail post
    /// whose estimate passed it at 62 m braked a car fully at 130 km/h on an empty road (realistic
    /// deliberate-kickdown-at-speed, seed 58). 40 m is the realistic camera's VRU range (docs/sensors.md): nearer,
    /// crossing VRUs (Euro NCAP CBNA/CPNA up to 60 km/h) keep their radar-only path.
    /// </summary>
    public float CrossingRadarOnlyMaxRangeM { get; init; } = 40f;

    /// <summary>
    /// A crossing radar return at least this wide is a car's side (a car is 3.5 m long or more; the GVT 4.02 m), wider
    /// than any road user the camera may miss at night (a cyclist side-on 1.8 m): inside the camera's field
    /// (<see cref="CrossingCameraHalfFovDeg"/>, <see cref="CrossingCameraMaxRangeM"/>) a healthy camera must see it,
    /// or it is a multipath ghost (a crossing car's mirror image across the guard rail moves toward the path from the
    /// other side; docs/calibration.md). 0 switches the check off.
    /// </summary>
    public float CrossingCameraMinWidthM { get; init; } = 2.5f;

    /// <summary>Half the camera's horizontal field less its edge (EyeQ3 52°: 26° less 2°) within which a crossing car must be seen.</summary>
    public float CrossingCameraHalfFovDeg { get; init; } = 24f;

    /// <summary>Range within which the camera finds cars by day and night (80 m, docs/sensors.md) less a margin for its range error.</summary>
    public float CrossingCameraMaxRangeM { get; init; } = 70f;

    /// <summary>
    /// A pedestrian, child or cyclist the camera sees moving across the path at least this fast (least-squares slope of
    /// its own positions, <see cref="Perception.CameraLateralTracks"/>) is a crossing threat on the camera alone
    /// (docs/calibration.md). 0 switches this off.
    /// </summary>
    public float CameraCrossingMinSpeedMps { get; init; } = 1.5f;

    /// <summary>Window of camera positions the lateral speed is fitted over (docs/calibration.md).</summary>
    public float CameraCrossingWindowS { get; init; } = 0.3f;

    /// <summary>Camera positions the fit needs within its window (docs/calibration.md).</summary>
    public int CameraCrossingMinSamples { get; init; } = 5;

    /// <summary>A crossing seen by the camera alone counts only this near in time (docs/calibration.md).</summary>
    public float CameraCrossingMaxTtcS { get; init; } = 2.0f;

    /// <summary>
    /// While the front radar is lost and the camera, wheel speed, gear and IMU are healthy, forward AEB brakes on the camera
    /// alone for a classified object standing or crossing within this range (<see cref="Perception.CameraFallbackThreat"/>,
    /// docs/calibration.md). 0 switches the fallback off (the radar's loss then leaves forward AEB Degraded).
    /// </summary>
    public float CameraFallbackMaxRangeM { get; init; } = 60f;

    /// <summary>Window of camera positions the fallback's lateral speed is fitted over (docs/calibration.md).</summary>
    public float CameraFallbackWindowS { get; init; } = 0.6f;

    /// <summary>Camera positions the fallback's fit needs within its window (docs/calibration.md).</summary>
    public int CameraFallbackMinSamples { get; init; } = 9;

    /// <summary>Path-relative lateral speed from which the fallback carries a pedestrian, child or cyclist to its arrival (docs/calibration.md).</summary>
    public float CameraFallbackCrossingMinSpeedMps { get; init; } = 0.8f;

    /// <summary>Consecutive camera lists an object must be an in-path candidate before the fallback takes it (docs/calibration.md).</summary>
    public int CameraFallbackMinLists { get; init; } = 3;

    /// <summary>
    /// Window of camera ranges a moving lead's speed and deceleration are fitted over while the camera stands in for a lost
    /// front radar (<see cref="Perception.CameraLeadThreat"/>, docs/calibration.md). 0 switches the lead judgement off.
    /// </summary>
    public float CameraLeadWindowS { get; init; } = 1.0f;

    /// <summary>Camera ranges the lead's fit needs within its window (docs/calibration.md).</summary>
    public int CameraLeadMinSamples { get; init; } = 15;

    /// <summary>The camera's range error per metre of range (σ = this × Z²) the lead's fit judges its confidence by (docs/calibration.md).</summary>
    public float CameraLeadRangeErrorPerM { get; init; } = 0.0011f;

    /// <summary>Standard deviations the lead's range, speed and braking are taken toward the less critical end (docs/calibration.md).</summary>
    public float CameraLeadSigmas { get; init; } = 3f;

    /// <summary>Largest RMS distance of the ranges from the lead's fit, in σ of the range error, for the fit to be trusted (docs/calibration.md).</summary>
    public float CameraLeadMaxResidualRatio { get; init; } = 2f;

    /// <summary>The most a lead's fitted deceleration is taken at before its confidence margin (a car's tyres on dry asphalt; docs/calibration.md).</summary>
    public float CameraLeadMaxDecelMps2 { get; init; } = 9.8f;

    /// <summary>Consecutive radar lists a track must be an in-path candidate before it is a threat (one-list glitches).</summary>
    public int MinThreatLists { get; init; } = 2;

    /// <summary>Yaw-rate uncertainty (3σ of IMU noise and residual offset) widening the in-path test with distance².</summary>
    public float YawRateUncertaintyDps { get; init; } = 0.4f;

    /// <summary>
    /// Turn across an oncoming road user's path (<see cref="Perception.TurnAcrossPath"/>): the highest speed at which the
    /// rule runs. Euro NCAP FC v1.1 CCFtap/CMFtap test the turning VUT at 10–25 km/h and its Speed robustness layer adds
    /// 5 km/h: 30 km/h. 0 switches the rule off.
    /// </summary>
    public float TurnMaxSpeedMps { get; init; } = 30f / 3.6f;

    /// <summary>Lowest speed at which the turn rule runs: CCFtap's slowest row (10 km/h) less its −5 km/h robustness layer, less a margin (4.3 km/h).</summary>
    public float TurnMinSpeedMps { get; init; } = 1.2f;

    /// <summary>
    /// How far the steered curvature must depart from the road's, toward the oncoming lane, before the car counts as
    /// turning off the road (1/100 m, a 100 m circle). The CCFtap turn-in
    /// reaches it about 0.2 s into the clothoid; at 0.02 the 25 km/h row (R2 14.75 m, the clothoid 1.6 s) was seen
    /// 0.3 s later and stopped in the oncoming lane (4 of 32 cells lost), at 0.015 one cell (25/80 km/h). A bend's
    /// entry departs too until the road estimate follows; the low-speed bend cases (`fa-bend-oncoming-low`) fail at 0.01
    /// exactly as without the rule (tests/adversarial).
    /// </summary>
    public float TurnMinDepartureCurvaturePerM { get; init; } = 0.01f;

    /// <summary>The predicted turn never tightens beyond this curvature (rear-axle radius 8 m; CCFtap's tightest R2 is 9 m at 10 km/h).</summary>
    public float TurnMaxCurvaturePerM { get; init; } = 0.125f;

    /// <summary>How long the steering's rate is carried forward: the turn-in of the CCFtap clothoid lasts 1.6–2.3 s; 1 s covers the part the wheel has not yet reached.</summary>
    public float TurnCurvatureRateHorizonS { get; init; } = 1.0f;

    /// <summary>Horizon of the turn prediction: an oncoming car at 80 km/h (CCFtap's fastest column) covers 67 m in 3 s, the radar's reach at the angles of a turn.</summary>
    public float TurnHorizonS { get; init; } = 3.0f;

    /// <summary>Step of the turn prediction: 0.05 s moves the car 0.35 m at 25 km/h and an 80 km/h target 1.1 m, below the target's length.</summary>
    public float TurnStepS { get; init; } = 0.05f;

    /// <summary>An oncoming road user slower than this over ground is waiting or creeping, not crossing the turn's path (CCFtap's slowest target is 30 km/h).</summary>
    public float TurnTargetMinSpeedMps { get; init; } = 3.0f;

    /// <summary>Length assumed for an oncoming road user (the radar gives its width only): a passenger car (the GVT is 4.02 m; a large car 4.5–4.9 m).</summary>
    public float TurnTargetLengthM { get; init; } = 4.5f;

    /// <summary>Range within which oncoming tracks are judged: 3 s at 80 km/h is 67 m.</summary>
    public float TurnMaxRangeM { get; init; } = 70f;

    /// <summary>Widening of the ego's footprint on each side in the turn prediction: the lateral error of the predicted path over 1–2 s of a turn.</summary>
    public float TurnMarginM { get; init; } = 0.2f;

    /// <summary>
    /// The oncoming lane lies to the left (right-hand traffic, as Euro NCAP's CCFtap: the VUT turns left across the
    /// oncoming car's path): only a turn to that side crosses it. A right turn crosses no oncoming lane, and judging it
    /// braked the car fully at the entry of a 25 m right bend with a car coming the other way (`fa-bend-oncoming-low`,
    /// 1 seed of 5). False for left-hand traffic.
    /// </summary>
    public bool TurnAcrossLeft { get; init; } = true;

    /// <summary>Time constant over which the road's curvature is learned from the yaw rate while the car follows the road (a bend's entry clothoid takes 2–4 s).</summary>
    public float TurnRoadCurvatureTimeConstantS { get; init; } = 2.0f;

    /// <summary>
    /// A target coming towards us faster than <see cref="OncomingMinSpeedMps"/> is carried across the path by its lateral
    /// velocity for at most this long (0: where it is decides). Closing at twice the road speed, its lateral motion over
    /// 1.5–2 s against our yaw-rate circle is mostly its own road's bend (which the circle does not know) and the radar
    /// tracker's lag in a turning frame (a car following the bend accelerates sideways there at κ·v_rel²: 13 m/s² at
    /// 80 km/h each way on a 150 m bend; the α-β estimate trailed it by 4 m/s): oncoming cars on the next lane of a bend
    /// braked the car fully (tests/adversarial/curve-oncoming.matrix.json; with 0.5 s, still 3 seeds in 20 at 80 km/h on
    /// 150 m). A car that will hit us head-on is in our lane by then: Euro NCAP's CCFhol lane change ends 1.5 s before
    /// impact (AEB C2C 2026 §8.2.5).
    /// </summary>
    public float OncomingLateralHorizonS { get; init; } = 0f;

    /// <summary>
    /// Over-ground speed towards us beyond which a target is oncoming for <see cref="OncomingLateralHorizonS"/>: faster than
    /// a running adult (Euro NCAP 8 km/h), so a pedestrian walking at the car keeps the whole projection.
    /// </summary>
    public float OncomingMinSpeedMps { get; init; } = 3f;

    /// <summary>
    /// Radar updates an oncoming track needs before it can be a threat. A new track starts with no lateral velocity,
    /// and an α-β tracker (ARS 408 class, α 0.5 with β = α²/(2 − α)) forgets that start by a factor √(1 − α) = 0.71 per
    /// update. An oncoming car on a bend moves sideways in the turning radar frame at κ·(x + a)·v_rel: 16 m/s at 90 m on
    /// a 250 m bend at 80 km/h each way; it takes 6 updates to bring that error below the 2 m/s of the lateral deadband
    /// (0.71⁶ = 0.125), and before that the young track's position jumped a metre per update towards the path and braked
    /// the car fully. A car that will hit us head-on has been tracked far longer (seen at 150 m, 3.4 s before impact).
    /// </summary>
    public int OncomingMinTrackUpdates { get; init; } = 6;

    // ---- The camera's lane in the predicted path (LaneTracker, EgoPath.WithLane; docs/calibration.md) ----

    /// <summary>
    /// Lowest lane quality (0–3, as Mobileye-class cameras grade it) the path follows when the lane is judged on its own
    /// view range (<see cref="LaneMinViewRangeM"/>): 2 and 3 are a lane seen over at least 2/5 of the day's view range; 1 is
    /// a short or predicted marking, 0 none. At low speed a shorter lane may serve (<see cref="LaneShortViewMinM"/>).
    /// </summary>
    public int LaneMinQuality { get; init; } = 2;

    /// <summary>Consecutive good camera frames before the lane shapes the path: 3 frames of 20 Hz (0.15 s), so one frame's lane never does.</summary>
    public int LaneConfirmFrames { get; init; } = 3;

    /// <summary>
    /// Age of the newest good lane (measured to now) beyond which it is not used: the camera's 0.1 s latency plus its
    /// 0.05 s frame plus two frames missed (2 % per frame each), so a missed frame does not flip the path.
    /// </summary>
    public float LaneMaxAgeS { get; init; } = 0.25f;

    /// <summary>Largest distance of the lane centre from the bumper's middle: beyond it the car is changing lanes (a 3.5 m lane's half less the margin to its marking).</summary>
    public float LaneMaxOffsetM { get; init; } = 1.2f;

    /// <summary>
    /// Largest angle between the lane and the car at the bumper: lane keeping stays below 1°, but a cubic fitted to a straight
    /// running into a 25–60 m bend reads up to 5.0° there without noise (the 23.25 m inner lane of a 25 m bend, by hand,
    /// docs/calibration.md), and the fit's heading error is 0.5° (1 σ) over the shortest lane taken (20 m): 5° + 4 σ = 7°.
    /// At 5° the fit's noise withdrew the lane in 4 of 50 seeds and the car warned for a car on the next lane
    /// (tests/adversarial/bend-oncoming-r25-right, 20 km/h). A lane change is caught by the offset and the near disagreement.
    /// </summary>
    public float LaneMaxHeadingDeg { get; init; } = 7f;

    /// <summary>Largest lane curvature: a 20 m radius, tighter than any road bend taken above walking pace (the tightest test bend is 25 m).</summary>
    public float LaneMaxCurvaturePerM { get; init; } = 0.05f;

    /// <summary>
    /// Largest curvature rate: a cubic fitted over 60 m to a straight running into a 25 m bend reads up to about
    /// 2e-3 1/m² (the step smoothed over the view range); 5e-3 leaves room and still refuses a fit that bends 1/m in 200 m.
    /// </summary>
    public float LaneMaxCurvatureRatePerM2 { get; init; } = 0.005f;

    /// <summary>Shortest view range the path follows: the lane must reach past the blend's start at 80 km/h (0.8 s · 22 m/s = 18 m).</summary>
    public float LaneMinViewRangeM { get; init; } = 20f;

    /// <summary>
    /// Shortest view range of a lane the path follows at low speed, whatever its quality (≥ 1): below
    /// <see cref="LaneMinViewRangeM"/> a lane is used when it is seen at least as far as the car travels before the lane
    /// takes the whole path (speed × <see cref="LaneBlendEndS"/>), and never shorter than this. A tight bend turns out of
    /// the camera's image, which is what shortens the lane and lowers its grade: entering a 25 m bend at 30 km/h the camera
    /// sees its lane 13-20 m (quality 1), the car needs 13.3 m (1.6 s), and the yaw-rate path alone runs straight into a car
    /// coming the other way (fa-bend-oncoming-30-r25-right braked fully in 20 of 20 seeds). 10 m: the camera reports no
    /// lane seen over less (docs/sensors.md), and a cubic over 17 points of 10 m still fixes a 25 m bend's offset at 10 m
    /// (4 m) to decimetres.
    /// </summary>
    public float LaneShortViewMinM { get; init; } = 10f;

    /// <summary>
    /// A lane graded below <see cref="LaneMinQuality"/> but seen over less than this is low only for its length (the
    /// camera grades 2 from 2/5 of its 60 m day range, docs/sensors.md): such a short lane serves at any speed where it
    /// reaches as far as the car travels in <see cref="LaneBlendEndS"/> (not only where that is under
    /// <see cref="LaneMinViewRangeM"/>); a low-graded lane seen farther is a predicted one and still needs the grade.
    /// Why: entering a 40 m bend at 50 km/h the camera sees 23.6 m (quality 1), the car needs 22.2 m, and the lagging
    /// yaw-rate path alone ran onto a car parked on the outside shoulder (tests/adversarial/bend-parked-outside, full
    /// braking in 10 of 10 seeds). 0 switches it off (the short lane below LaneMinViewRangeM's speed only).
    /// </summary>
    public float LaneShortViewMaxM { get; init; } = 24f;

    /// <summary>
    /// Travel time (at the present speed) within which the path is the yaw rate's alone: a target the car reaches sooner
    /// is judged on the yaw-rate path whatever the lane says, so a lane wrong far ahead never removes a near threat.
    /// 0.8 s: the car coming round a 25 m right bend at 30 km/h stands in front of the straight yaw path 2.2 s of travel
    /// ahead and is hidden by the lane from 1.6 s on, while a stopped car reached within 0.8 s needs full braking anyway.
    /// </summary>
    public float LaneBlendStartS { get; init; } = 0.8f;

    /// <summary>Travel time from which the path is the lane's alone (the blend is linear between): twice the start.</summary>
    public float LaneBlendEndS { get; init; } = 1.6f;

    /// <summary>
    /// Distance beyond the lane's view range over which the lane is carried on (a bend seen to go on goes on for a while),
    /// then dropped (not faded: a path half way between the lane's and the yaw rate's runs where neither goes, onto a car
    /// parked on the outside of the bend, curve-parked-shoulder-80): 60 m, so that at 80 km/h a target 3.5 s of travel ahead (78 m, where the FCW looks) still has most of the lane's
    /// share while the lane is seen to 60 m; a target beyond the view range is judged again as it comes into view (at
    /// 2.7 s of travel at 80 km/h), long before the blend hands the path back to the yaw rate.
    /// </summary>
    public float LaneExtrapolationM { get; init; } = 60f;

    /// <summary>
    /// Largest distance between the lane path and the yaw-rate path where the blend starts: farther apart the car is not
    /// following the lane (a swerve) or the lane is wrong near the car. 1 m: entering a 25 m bend at 30 km/h the lane
    /// bends 0.4 m away 6.7 m ahead while the yaw rate still lags (driver look-ahead), 80 km/h into 250 m: 0.6 m at 18 m.
    /// </summary>
    public float LaneMaxNearDisagreementM { get; init; } = 1.0f;

    /// <summary>The lane path's heading uncertainty σ_h in its sideways uncertainty σ_h·x + σ_κ·x²/2, used where larger than the yaw-rate circle's (the fit's heading error, 3 pixels over the view: 2e-3 rad, and the car's yaw over the list age).</summary>
    public float LaneHeadingUncertaintyRad { get; init; } = 0.003f;

    /// <summary>The lane path's curvature uncertainty σ_κ (a fit over 60 m whose end points are 0.17 m off: 2·0.17/60² ≈ 1e-4 1/m).</summary>
    public float LaneCurvatureUncertaintyPerM { get; init; } = 0.0001f;

    /// <summary>
    /// A radar track younger than this many updates is standing unless its over-ground speed leaves the camera's
    /// standing window: its first range rates repeat the tracker's start, so a standing return can read as moving
    /// (and a moving one needs no camera). The same α-β memory as <see cref="OncomingMinTrackUpdates"/>.
    /// </summary>
    public int StandingMinTrackUpdates { get; init; } = 6;

    /// <summary>
    /// A radar return whose mean elevation is below this is low: it is standing unless its over-ground speed leaves the
    /// camera's standing window (as a young track is), and judged crossing (by its reported, young-track or onset
    /// estimate) inside the camera's field it stands only where a healthy camera sees an object. A flat thing (drivable clutter, reflection centre 0.05 m) reads
    /// a noisy mean elevation: one averaged 0.14 m at 29 m after 4 updates and 0.18 m at 40 m after 7 (weak returns,
    /// elevation σ grows with range and 1/√SNR), past <see cref="MinStationaryElevationM"/>; the first's young-track
    /// estimate then carried it 3.5 m into the path, the second read 0.62 m/s oncoming (a moving target needs no
    /// camera), and each braked the car (aeb explore false-activation --seed 6, realistic); clutter 4 m beside the path read
    /// 0.18 m and −1.95 m/s across at 38 m, past the 1.82 m/s deadband, and braked it at 86 km/h (--seed 12). Not made standing instead: a corner radar's coarse elevation (1° σ) read a
    /// crossing car 0.22 m high, and judged standing where it was, it was braked for (fa-crossing-ahead, 4 of 200). 0.25 m: the camera veto's own
    /// "low" is 0.3 m (TargetGate.VetoLowElevationM), and every road user reflects higher (a car's bumper 0.5 m, a
    /// child 0.6 m). 0 = off.
    /// </summary>
    public float LowReturnElevationM { get; init; } = 0.25f;

    /// <summary>
    /// A return crossing the path at least this fast is a road user whatever elevation it reads: it is never dropped as a
    /// flat return (<see cref="MinStationaryElevationM"/>). A corner radar's elevation is coarse (1° σ per detection: 0.35 m
    /// at 20 m) and read a 70-80 km/h crossing car (Euro NCAP CCCscp far side) at −0.66 … 0 m for its whole approach, so
    /// it was dropped as a plate in every list and hit at 10-20 km/h (`aeb run ncap26-cccscp-30-70-far --seed 8395`,
    /// `-20-80-far --seed 8326`). Flat things read at most 2.04 m/s across (explorer, clutter at 35-38 m, session 11; a
    /// plate passed at 0.4 m 0.8 m/s); Euro NCAP's slowest crossing car goes 20 km/h (5.6 m/s). 5 m/s: 2.5× the fastest
    /// flat read, below every crossing car. 0 = off.
    /// </summary>
    public float FlatReturnCrossingMps { get; init; } = 5f;

    /// <summary>
    /// An old radar track (not young, not low) is standing while its over-ground speed is below 0.5 m/s or this share of
    /// the ego speed, whichever is more: a weak return's range rate is noisy (0.12 m/s per detection at 20 dB SNR, ×√10^((20 − SNR)/10)
    /// below; clutter, −15 dBsm, has about 10 dB at 45-50 m), so at 92-116 km/h clutter 45 m ahead read 0.52-0.67 m/s
    /// oncoming (2.0-2.1 % of the ego speed) and, a moving target needing no camera, braked the car fully (aeb explore
    /// false-activation --seed 7, 9, 12, realistic). 4 %: 1.1 m/s at 100 km/h, below a walking pedestrian's 1.4 m/s
    /// (Euro NCAP CPLA 5 km/h) up to 126 km/h; a road user slower than that is judged as standing, on the camera. 0 = off.
    /// </summary>
    public float StandingSpeedShare { get; init; } = 0.04f;

    /// <summary>
    /// A radar track's range is its near face and its lateral position its centre, which lies half the object's depth
    /// along our axis farther: the path's offset is taken there. The depth is not measured; half the track's width stands
    /// for it (a car at 20° to our axis on a bend is 3.2 m wide and 4.8 m deep in our frame; a pedestrian 0.5 m), at most
    /// half a car's length (4.5 m). On a 150 m bend the path moves 0.35 m sideways per metre at 50 m: taken at the near
    /// face, an oncoming car on the next lane was put 0.9 m nearer the path on a right bend (and a lane farther on a
    /// left one) and braked the car fully. On a straight road it changes nothing.
    /// </summary>
    public float FaceToCentreMaxM { get; init; } = 2.25f;

    /// <summary>
    /// The front radar's tracker gains (its object list reports α-β filtered positions and velocities, docs/sensors.md:
    /// α 0.5 with the Benedict-Bordner β = α²/(2 − α) = 0.167). A track is born with a lateral velocity of 0, so a road
    /// user that is already moving when it first becomes visible (stepping out from behind a parked car) reads
    /// β = 0.17, 0.39, 0.60, 0.78, 0.90 of its speed after 2-6 updates (<see cref="Perception.ThreatMath.TrackerRampFraction"/>).
    /// </summary>
    public float RadarTrackerAlpha { get; init; } = 0.5f;

    /// <summary>See <see cref="RadarTrackerAlpha"/>.</summary>
    public float RadarTrackerBeta { get; init; } = 0.167f;

    /// <summary>
    /// A track younger than this many updates and nearer than <see cref="YoungTrackMaxRangeM"/> may also be judged on its
    /// lateral velocity divided by the tracker's ramp fraction (a road user born moving), in addition to the reported one:
    /// either in the path makes it a candidate (the corrected estimate only adds). From 7 updates the fraction is 0.98
    /// and the correction is nothing; 0 switches it off.
    /// </summary>
    public int YoungTrackUpdates { get; init; } = 7;

    /// <summary>
    /// Where a young track's lateral velocity is corrected: a road user stepping out from behind a parked car is first
    /// seen 11-26 m ahead at 30-60 km/h (docs/sensors.md, CPNCO table); farther out a young track is a target entering
    /// the radar's field, whose estimate settles before it matters.
    /// </summary>
    public float YoungTrackMaxRangeM { get; init; } = 30f;

    /// <summary>
    /// Radar lists a young near track (<see cref="YoungTrackUpdates"/>, <see cref="YoungTrackMaxRangeM"/>) may spend out
    /// of the path between two lists in it and still count them as consecutive (<see cref="MinThreatLists"/>): its
    /// corrected estimate is its reported one divided by the tracker's ramp fraction, so a 1σ dip of its first detections
    /// drops it under the deadband for one list. 0 asks for consecutive lists as for any other track.
    /// </summary>
    public int YoungTrackCandidateGapLists { get; init; } = 1;

    /// <summary>
    /// A young near track judged crossing by its corrected estimate (<see cref="YoungTrackUpdates"/>) may be a threat from
    /// this many updates, before <see cref="MinTrackUpdates"/>: a road user born moving is first listed at its 2nd update,
    /// when every 50 ms counts (docs/calibration.md). Any other track waits for <see cref="MinTrackUpdates"/>.
    /// </summary>
    public int YoungCrossingMinTrackUpdates { get; init; } = 2;

    /// <summary>
    /// Window of a crossing track's lateral deceleration (least squares over its path-relative lateral velocities,
    /// <see cref="Perception.RadarLateralHistory"/>): 0.6 s, 12 lists at 20 Hz. A target's braking builds over 0.4 s
    /// (10 m/s³ to 4 m/s²), so the slope is at its full value about 0.7 s after braking begins; a crossing car braking to
    /// stop short of our lane is braked for 1.1-2.7 s after it begins (tests/adversarial/crossing-stops-short). 0 switches
    /// the deceleration off.
    /// </summary>
    public float LateralDecelWindowS { get; init; } = 0.6f;

    /// <summary>Lists needed in that window: 9 of 12 (a list or three missed).</summary>
    public int LateralDecelMinSamples { get; init; } = 9;

    /// <summary>
    /// Floor of a deceleration taken into account: 2 m/s², half the 4 m/s² a deliberately braking car reaches, well
    /// above a car rolling off the throttle (about 0.5-1 m/s²) whose crossing goes on.
    /// </summary>
    public float LateralDecelMinMps2 { get; init; } = 2.0f;

    /// <summary>
    /// And at least this many standard errors of the fit (from its own residuals): 4. The α-β velocities in the window are
    /// correlated, which makes the residuals understate the slope's error (about 2×); 4 of them is about 2 true σ, so a
    /// crossing car at constant speed loses at most a list now and then to a noisy slope, never a standing threat.
    /// </summary>
    public float LateralDecelSigmas { get; init; } = 4f;

    /// <summary>
    /// How far the radar's α-β lateral velocity trails a target decelerating at a: a·T·(α − β/2)/β = a × 0.125 s for
    /// α 0.5, β 0.167, T 50 ms (the filter's steady-state velocity error on a constant acceleration; RadarTrackerAlpha).
    /// </summary>
    public float RadarLateralVelocityLagS { get; init; } = 0.125f;

    /// <summary>
    /// Window of a track's lateral speeding-up (least squares over its path-relative lateral velocities, as for the
    /// deceleration): 0.16 s, the newest 4 lists at 20 Hz (a list's capture time jitters by ±10 ms). The α-β tracker follows a
    /// step in speed over 4-6 lists, so a longer window dilutes the rise with the standing lists before it. 0 switches
    /// the onset estimate off.
    /// </summary>
    public float LateralOnsetWindowS { get; init; } = 0.16f;

    /// <summary>Lists needed in that window: 4 (a straight line through fewer has no residual to judge it by).</summary>
    public int LateralOnsetMinSamples { get; init; } = 4;

    /// <summary>
    /// Floor of a lateral speeding-up taken into account: 6 m/s². The tracker's estimate of a cyclist setting off at
    /// 2.78 m/s rises about 11 m/s² (0.2 of the step per 50 ms list); of a pedestrian setting off at 1.39 m/s about 5.5.
    /// Below it, a standing road user's noisy velocities (σ about 0.3 m/s at 20-40 m: a 4-list slope σ of 2.7 m/s²) would
    /// be carried across the path.
    /// </summary>
    public float LateralOnsetMinMps2 { get; init; } = 6f;

    /// <summary>
    /// Window of a long-tracked crosser's mean lateral velocity (RadarThreatAssessor.SustainedLateralVelocity): 0.5 s, the
    /// newest 10-11 lists at 20 Hz. One list's α-β estimate has σ ≈ 0.007 m/s per m of range, so a pedestrian walking at
    /// 1.39 m/s 25-30 m ahead reads under the crossing deadband (0.5 + 0.035/m: 1.4-1.55 m/s) about half the time and is
    /// carried past the path when a list reads high; the mean of 10 lists has 0.31 of one list's σ (by hand from the α-β
    /// recursion: the estimates are correlated, so not 1/√10). 0 switches the estimate off.
    /// </summary>
    public float SustainedCrossingWindowS { get; init; } = 0.5f;

    /// <summary>Lists needed in that window: 8 (the mean of 8 correlated estimates has 0.38 of one list's σ).</summary>
    public int SustainedCrossingMinSamples { get; init; } = 8;

    /// <summary>
    /// Share of the crossing deadband's growth with range (LateralVelocityDeadbandPerM) the mean is judged against: 0.5. The
    /// per-list deadband's growth is 5 σ of one list; half of it is 6.6 σ of the mean of 8 lists, 8.2 σ of 10. The floor
    /// (LateralVelocityDeadbandMps, 0.5 m/s) is kept whole: it covers what averaging does not remove (yaw-rate error
    /// times range, a bend).
    /// </summary>
    public float SustainedCrossingDeadbandShare { get; init; } = 0.5f;

    /// <summary>
    /// Window of a track's range slope, against which its reported range rate is judged (RadarThreatAssessor.ContradictingRangeSlope):
    /// 0.2 s, the newest 4-5 lists at 20 Hz. Short enough that a braking ego (10 m/s²) moves the slope, which lags by half
    /// the window, by 1 m/s; long enough that range noise of 0.1 m gives a slope σ of about 0.6 m/s. 0 switches it off.
    /// </summary>
    public float RangeSlopeWindowS { get; init; } = 0.2f;

    /// <summary>Lists needed in that window: 4 (a line through fewer leaves too little residual to judge its own error).</summary>
    public int RangeSlopeMinSamples { get; init; } = 4;

    /// <summary>
    /// Disagreement between the range rate and the range slope allowed beyond the slope's own standard errors: 2.5 m/s, the
    /// slope's lag behind a 10 m/s² relative deceleration (1 m/s) plus the frame's rotation at a track 6 m aside at
    /// 0.2 rad/s (1.2 m/s) plus the radar's rate noise (0.12 m/s, 2σ). A rate glitch of the campaign's 10 m/s is 4× that.
    /// </summary>
    public float RangeSlopeToleranceMps { get; init; } = 2.5f;

    /// <summary>Standard errors of the range slope added to that tolerance: 3 (a far, noisy track's slope decides nothing).</summary>
    public float RangeSlopeSigmas { get; init; } = 3f;

    /// <summary>
    /// How far a track's range may lie nearer than its own kept ranges (0.35 s) allow at the closing it can have (the ego
    /// speed, or its rate's closing where faster) before that range is taken for another object's
    /// (RadarThreatAssessor.RangeFellBeyondClosing): a track not yet a threat is not judged in that list. 4 m: the radar's
    /// association gate along the range (2.5 m, inside which a tracker may swap two objects' ids) plus twice the range
    /// noise of a weak return at 100 m (σ 0.6 m). A late or frozen range field read by list slot moved tracks tens of metres
    /// (a pedestrian 52 m ahead read 0.00 m, cpna-40 range delay) and braked the car fully for nothing. +∞ switches it off.
    /// </summary>
    public float RangeFallToleranceM { get; init; } = 4f;

    private const int CameraLateralTracksHistory = Perception.CameraLateralTracks.History;

    public void Validate(CalibrationRules rules, string prefix)
    {
        rules.InRange(prefix + "minSpeedMps", MinSpeedMps, 0.1, 5.0, "m/s");
        rules.InRange(prefix + "maxSpeedMps", MaxSpeedMps, 5.0, 70.0, "m/s");
        rules.Require(MinSpeedMps < MaxSpeedMps, prefix + "minSpeedMps", "must be below maxSpeedMps");
        rules.InRange(prefix + "driverReactionTimeS", DriverReactionTimeS, 0.3, 3.0, "s");
        rules.InRange(prefix + "driverDecelMps2", DriverDecelMps2, 1.0, 10.0, "m/s²");
        rules.InRange(prefix + "fcwMaxTtcS", FcwMaxTtcS, 0.5, 10.0, "s");
        rules.InRange(prefix + "fcwMinTtcS", FcwMinTtcS, 0.0, 10.0, "s");
        rules.Require(FcwMinTtcS <= FcwMaxTtcS, prefix + "fcwMinTtcS", "must not exceed fcwMaxTtcS");
        rules.InRange(prefix + "fcwHysteresisS", FcwHysteresisS, 0.0, 3.0, "s");
        rules.InRange(prefix + "partialBrakeEntryDecelMps2", PartialBrakeEntryDecelMps2, 0.5, 10.0, "m/s²");
        rules.InRange(prefix + "partialBrake1DecelMps2", PartialBrake1DecelMps2, 0.5, 12.0, "m/s²");
        rules.InRange(prefix + "stage2EntryDecelMps2", Stage2EntryDecelMps2, 0.5, 12.0, "m/s²");
        rules.InRange(prefix + "partialBrake2DecelMps2", PartialBrake2DecelMps2, 0.5, 12.0, "m/s²");
        rules.InRange(prefix + "emergencyMinDecelMps2", EmergencyMinDecelMps2, 0.5, 12.0, "m/s²");
        rules.InRange(prefix + "fullBrakeEntryDecelMps2", FullBrakeEntryDecelMps2, 0.5, 12.0, "m/s²");
        rules.InRange(prefix + "fullBrakeDecelMps2", FullBrakeDecelMps2, 1.0, 12.0, "m/s²");
        rules.InRange(prefix + "criticalDecelMps2", CriticalDecelMps2, 1.0, 12.0, "m/s²");
        rules.InRange(prefix + "blindCriticalDecelMps2", BlindCriticalDecelMps2, 1.0, 12.0, "m/s²");
        rules.Require(PartialBrakeEntryDecelMps2 <= Stage2EntryDecelMps2 && Stage2EntryDecelMps2 <= FullBrakeEntryDecelMps2,
            prefix + "stage2EntryDecelMps2", "stage entries must rise: partialBrakeEntryDecelMps2 <= stage2EntryDecelMps2 <= fullBrakeEntryDecelMps2");
        rules.Require(PartialBrake1DecelMps2 <= PartialBrake2DecelMps2 && PartialBrake2DecelMps2 <= FullBrakeDecelMps2,
            prefix + "partialBrake2DecelMps2", "stage decelerations must rise: partialBrake1DecelMps2 <= partialBrake2DecelMps2 <= fullBrakeDecelMps2");
        rules.InRange(prefix + "minWarningBeforeBrakeS", MinWarningBeforeBrakeS, 0.0, 3.0, "s");
        rules.InRange(prefix + "brakeLatencyS", BrakeLatencyS, 0.0, 1.0, "s");
        rules.InRange(prefix + "stopMarginM", StopMarginM, 0.0, 5.0, "m");
        rules.InRange(prefix + "persistenceS", PersistenceS, 0.001, 0.5, "s");
        rules.InRange(prefix + "threatLostS", ThreatLostS, 0.01, 5.0, "s");
        rules.InRange(prefix + "fcwMaxSpeedMps", FcwMaxSpeedMps, 5.0, 100.0, "m/s");
        rules.Require(FcwMaxSpeedMps >= MaxSpeedMps, prefix + "fcwMaxSpeedMps", "must not be below maxSpeedMps: the warning covers at least the braking range");
        rules.InRange(prefix + "speedHysteresisMps", SpeedHysteresisMps, 0.0, 3.0, "m/s");
        rules.Require(SpeedHysteresisMps < MinSpeedMps, prefix + "speedHysteresisMps", "must be below minSpeedMps");
        rules.InRange(prefix + "faultGraceS", FaultGraceS, 0.0, 1.0, "s");
        rules.InRange(prefix + "coastMaxS", CoastMaxS, 0.0, 10.0, "s");
        rules.InRange(prefix + "blindCameraSilenceS", BlindCameraSilenceS, 0.0, 1.0, "s");
        rules.InRange(prefix + "coastRangeRelaxMps", CoastRangeRelaxMps, 0.1, 20.0, "m/s");
        rules.InRange(prefix + "standingHoldLists", StandingHoldLists, 0, 20, "lists");
        rules.InRange(prefix + "leadDecelHoldS", LeadDecelHoldS, 0.0, 1.0, "s");
        rules.InRange(prefix + "frozenRateLists", FrozenRateLists, 0, 20, "lists");
        rules.InRange(prefix + "frozenRateChangeMps", FrozenRateChangeMps, 0.1, 5.0, "m/s");
        rules.InRange(prefix + "rateExcessWindowS", RateExcessWindowS, 0.0, 3.0, "s");
        rules.InRange(prefix + "rateExcessMinLists", RateExcessMinLists, 3, 60, "lists");
        rules.InRange(prefix + "rateExcessSigmas", RateExcessSigmas, 1.0, 10.0, "");
        rules.InRange(prefix + "rateStandInWindowS", RateStandInWindowS, 0.1, 0.75, "s");
        rules.InRange(prefix + "rateStandInMinLists", RateStandInMinLists, 3, 16, "lists");
        rules.InRange(prefix + "rateStandInStandingSigmas", RateStandInStandingSigmas, 0.0, 10.0, "");
        rules.InRange(prefix + "coastAccelLagS", CoastAccelLagS, 0.0, 1.0, "s");
        rules.InRange(prefix + "coastJerkTimeConstantS", CoastJerkTimeConstantS, 0.01, 1.0, "s");
        rules.InRange(prefix + "coastBrakingTargetMps2", CoastBrakingTargetMps2, 0.0, 10.0, "m/s²");
        rules.InRange(prefix + "leadBrakingOnsetMps2", LeadBrakingOnsetMps2, 0.0, 10.0, "m/s²");
        rules.InRange(prefix + "leadBrakingConfirmMps2", LeadBrakingConfirmMps2, 0.0, 10.0, "m/s²");
        rules.InRange(prefix + "leadBrakingConfirmLists", LeadBrakingConfirmLists, 0, 10, "lists");
        rules.InRange(prefix + "shortfallToleranceMps2", ShortfallToleranceMps2, 0.2, 5.0, "m/s²");
        rules.InRange(prefix + "shortfallConfirmS", ShortfallConfirmS, 0.05, 2.0, "s");
        rules.InRange(prefix + "minFrictionEstimate", MinFrictionEstimate, 0.05, 1.0, "");
        rules.InRange(prefix + "graduationGain", GraduationGain, 1.0, 2.0, "");
        rules.InRange(prefix + "brakeAssistGain", BrakeAssistGain, 1.0, 2.0, "");
        rules.InRange(prefix + "stillClosingMps", StillClosingMps, 0.0, 2.0, "m/s");
        rules.InRange(prefix + "warningHoldOffS", WarningHoldOffS, 0.0, 10.0, "s");
        rules.InRange(prefix + "standstillSpeedMps", StandstillSpeedMps, 0.01, 1.0, "m/s");
        rules.InRange(prefix + "standstillMaxDecelMps2", StandstillMaxDecelMps2, 0.5, 12.0, "m/s²");
        rules.InRange(prefix + "standstillHoldS", StandstillHoldS, 0.0, 30.0, "s");
        rules.InRange(prefix + "holdDecelMps2", HoldDecelMps2, 0.5, 10.0, "m/s²");
        rules.InRange(prefix + "releaseRateMps3", ReleaseRateMps3, 0.5, 100.0, "m/s³");
        rules.InRange(prefix + "kickDownPedal", KickDownPedal, 0.5, 1.0, "");
        rules.InRange(prefix + "evasiveSteerRateRps", EvasiveSteerRateRps, 0.5, 20.0, "rad/s");
        rules.InRange(prefix + "driverBrakeTravel", DriverBrakeTravel, 0.01, 0.5, "");
        rules.InRange(prefix + "overrideHoldOffS", OverrideHoldOffS, 0.0, 30.0, "s");
        rules.InRange(prefix + "minOverlapM", MinOverlapM, 0.0, 1.0, "m");
        rules.InRange(prefix + "minTrackUpdates", MinTrackUpdates, 1, 20, "updates");
        rules.InRange(prefix + "maxTargetElevationM", MaxTargetElevationM, 0.5, 10.0, "m");
        rules.InRange(prefix + "minStationaryElevationM", MinStationaryElevationM, 0.0, 1.0, "m");
        rules.InRange(prefix + "lateralVelocityDeadbandMps", LateralVelocityDeadbandMps, 0.0, 2.0, "m/s");
        rules.InRange(prefix + "minThreatLists", MinThreatLists, 1, 10, "lists");
        rules.InRange(prefix + "cameraStationarySpeedMps", CameraStationarySpeedMps, 0.5, 20.0, "m/s");
        rules.InRange(prefix + "cameraStationarySpeedShare", CameraStationarySpeedShare, 0.0, 1.0, "");
        rules.InRange(prefix + "echoRangeWindowM", EchoRangeWindowM, 0.0, 2.5, "m");
        rules.InRange(prefix + "cameraLatchLists", CameraLatchLists, 0, 20, "lists");
        rules.InRange(prefix + "cameraLatchGapLists", CameraLatchGapLists, 0, 20, "lists");
        rules.InRange(prefix + "cameraCrossingMinSpeedMps", CameraCrossingMinSpeedMps, 0.0, 5.0, "m/s");
        rules.InRange(prefix + "cameraCrossingWindowS", CameraCrossingWindowS, 0.1, 0.6, "s");
        rules.InRange(prefix + "cameraCrossingMinSamples", CameraCrossingMinSamples, 3, CameraLateralTracksHistory, "positions");
        rules.InRange(prefix + "cameraCrossingMaxTtcS", CameraCrossingMaxTtcS, 0.0, 4.0, "s");
        rules.InRange(prefix + "cameraFallbackMaxRangeM", CameraFallbackMaxRangeM, 0.0, 80.0, "m");
        rules.InRange(prefix + "cameraFallbackWindowS", CameraFallbackWindowS, 0.1, 0.75, "s");
        rules.InRange(prefix + "cameraFallbackMinSamples", CameraFallbackMinSamples, 3, CameraLateralTracksHistory, "positions");
        rules.InRange(prefix + "cameraFallbackCrossingMinSpeedMps", CameraFallbackCrossingMinSpeedMps, 0.0, 5.0, "m/s");
        rules.InRange(prefix + "cameraFallbackMinLists", CameraFallbackMinLists, 1, 20, "lists");
        rules.InRange(prefix + "cameraLeadWindowS", CameraLeadWindowS, 0.0, 1.2, "s");
        rules.InRange(prefix + "cameraLeadMinSamples", CameraLeadMinSamples, 5, Perception.CameraLeadRanges.History, "ranges");
        rules.InRange(prefix + "cameraLeadRangeErrorPerM", CameraLeadRangeErrorPerM, 0.0001, 0.01, "1/m");
        rules.InRange(prefix + "cameraLeadSigmas", CameraLeadSigmas, 1.0, 6.0, "");
        rules.InRange(prefix + "cameraLeadMaxResidualRatio", CameraLeadMaxResidualRatio, 1.0, 5.0, "");
        rules.InRange(prefix + "cameraLeadMaxDecelMps2", CameraLeadMaxDecelMps2, 5.0, 15.0, "m/s²");
        rules.InRange(prefix + "crossingRadarOnlyMaxRangeM", CrossingRadarOnlyMaxRangeM, 5.0, 400.0, "m");
        rules.InRange(prefix + "yawRateUncertaintyDps", YawRateUncertaintyDps, 0.0, 5.0, "°/s");
        rules.InRange(prefix + "oncomingLateralHorizonS", OncomingLateralHorizonS, 0.0, 4.0, "s");
        rules.InRange(prefix + "oncomingMinSpeedMps", OncomingMinSpeedMps, 0.5, 20.0, "m/s");
        rules.InRange(prefix + "oncomingMinTrackUpdates", OncomingMinTrackUpdates, 1, 20, "updates");
        rules.InRange(prefix + "standingMinTrackUpdates", StandingMinTrackUpdates, 0, 20, "updates");
        rules.InRange(prefix + "lowReturnElevationM", LowReturnElevationM, 0.0, 1.0, "m");
        rules.InRange(prefix + "flatReturnCrossingMps", FlatReturnCrossingMps, 0.0, 30.0, "m/s");
        rules.InRange(prefix + "standingSpeedShare", StandingSpeedShare, 0.0, 0.2, "");
        rules.InRange(prefix + "radarTrackerAlpha", RadarTrackerAlpha, 0.05, 1.0, "");
        rules.InRange(prefix + "radarTrackerBeta", RadarTrackerBeta, 0.01, 1.0, "");
        rules.InRange(prefix + "youngTrackUpdates", YoungTrackUpdates, 0, 20, "updates");
        rules.InRange(prefix + "youngTrackCandidateGapLists", YoungTrackCandidateGapLists, 0, 3, "lists");
        rules.InRange(prefix + "youngCrossingMinTrackUpdates", YoungCrossingMinTrackUpdates, 1, 20, "updates");
        rules.InRange(prefix + "youngTrackMaxRangeM", YoungTrackMaxRangeM, 0.0, 200.0, "m");
        rules.InRange(prefix + "lateralDecelWindowS", LateralDecelWindowS, 0.0, 1.2, "s");
        rules.InRange(prefix + "lateralDecelMinSamples", LateralDecelMinSamples, 3, Perception.RadarLateralHistory.History, "lists");
        rules.InRange(prefix + "lateralDecelMinMps2", LateralDecelMinMps2, 0.5, 10.0, "m/s²");
        rules.InRange(prefix + "lateralDecelSigmas", LateralDecelSigmas, 1.0, 10.0, "");
        rules.InRange(prefix + "radarLateralVelocityLagS", RadarLateralVelocityLagS, 0.0, 0.5, "s");
        rules.InRange(prefix + "lateralOnsetWindowS", LateralOnsetWindowS, 0.0, 1.2, "s");
        rules.InRange(prefix + "lateralOnsetMinSamples", LateralOnsetMinSamples, 3, Perception.RadarLateralHistory.History, "lists");
        rules.InRange(prefix + "lateralOnsetMinMps2", LateralOnsetMinMps2, 0.5, 30.0, "m/s²");
        rules.InRange(prefix + "sustainedCrossingWindowS", SustainedCrossingWindowS, 0.0, 1.2, "s");
        rules.InRange(prefix + "sustainedCrossingMinSamples", SustainedCrossingMinSamples, 3, Perception.RadarLateralHistory.History, "lists");
        rules.InRange(prefix + "sustainedCrossingDeadbandShare", SustainedCrossingDeadbandShare, 0.2, 1.0, "");
        rules.InRange(prefix + "rangeSlopeWindowS", RangeSlopeWindowS, 0.0, 0.35, "s");
        rules.InRange(prefix + "rangeSlopeMinSamples", RangeSlopeMinSamples, 3, Perception.RadarRangeHistory.History, "lists");
        rules.InRange(prefix + "rangeSlopeToleranceMps", RangeSlopeToleranceMps, 0.5, 20.0, "m/s");
        rules.InRange(prefix + "rangeSlopeSigmas", RangeSlopeSigmas, 0.0, 10.0, "");
        rules.InRange(prefix + "rangeFallToleranceM", RangeFallToleranceM, 1.0, 1000.0, "m");
        rules.InRange(prefix + "faceToCentreMaxM", FaceToCentreMaxM, 0.0, 5.0, "m");
        rules.InRange(prefix + "lateralVelocityDeadbandPerM", LateralVelocityDeadbandPerM, 0.0, 0.1, "m/s per m");
        rules.InRange(prefix + "fullAccuracyRcsAt100MDbsm", FullAccuracyRcsAt100MDbsm, -60.0, 60.0, "dBsm");
        rules.InRange(prefix + "maxRangeM", MaxRangeM, 10.0, 400.0, "m");
        rules.InRange(prefix + "crossingCameraMinWidthM", CrossingCameraMinWidthM, 0.0, 10.0, "m");
        rules.InRange(prefix + "crossingCameraHalfFovDeg", CrossingCameraHalfFovDeg, 0.0, 90.0, "°");
        rules.InRange(prefix + "crossingCameraMaxRangeM", CrossingCameraMaxRangeM, 0.0, 400.0, "m");
        rules.InRange(prefix + "turnMaxSpeedMps", TurnMaxSpeedMps, 0.0, 20.0, "m/s");
        rules.InRange(prefix + "turnMinSpeedMps", TurnMinSpeedMps, 0.5, 20.0, "m/s");
        rules.InRange(prefix + "turnMinDepartureCurvaturePerM", TurnMinDepartureCurvaturePerM, 0.001, 0.2, "1/m");
        rules.InRange(prefix + "turnMaxCurvaturePerM", TurnMaxCurvaturePerM, 0.01, 0.3, "1/m");
        rules.InRange(prefix + "turnCurvatureRateHorizonS", TurnCurvatureRateHorizonS, 0.0, 3.0, "s");
        // 3 s / 0.025 s = 120 steps, TurnAcrossPath.MaxSteps: every pair of accepted values fits the prediction's arrays.
        rules.InRange(prefix + "turnHorizonS", TurnHorizonS, 0.1, 3.0, "s");
        rules.InRange(prefix + "turnStepS", TurnStepS, 0.025, 0.5, "s");
        rules.InRange(prefix + "turnTargetMinSpeedMps", TurnTargetMinSpeedMps, 0.5, 30.0, "m/s");
        rules.InRange(prefix + "turnTargetLengthM", TurnTargetLengthM, 0.5, 20.0, "m");
        rules.InRange(prefix + "turnMaxRangeM", TurnMaxRangeM, 5.0, 200.0, "m");
        rules.InRange(prefix + "turnMarginM", TurnMarginM, 0.0, 2.0, "m");
        rules.InRange(prefix + "turnRoadCurvatureTimeConstantS", TurnRoadCurvatureTimeConstantS, 0.05, 20.0, "s");
        rules.InRange(prefix + "laneMinQuality", LaneMinQuality, 1, 3, "");
        rules.InRange(prefix + "laneConfirmFrames", LaneConfirmFrames, 1, 20, "frames");
        rules.InRange(prefix + "laneMaxAgeS", LaneMaxAgeS, 0.05, 1.0, "s");
        rules.InRange(prefix + "laneMaxOffsetM", LaneMaxOffsetM, 0.0, 3.0, "m");
        rules.InRange(prefix + "laneMaxHeadingDeg", LaneMaxHeadingDeg, 0.0, 10.0, "°");
        rules.InRange(prefix + "laneMaxCurvaturePerM", LaneMaxCurvaturePerM, 0.0, 0.2, "1/m");
        rules.InRange(prefix + "laneMaxCurvatureRatePerM2", LaneMaxCurvatureRatePerM2, 0.0, 0.05, "1/m²");
        rules.InRange(prefix + "laneMinViewRangeM", LaneMinViewRangeM, 5.0, 200.0, "m");
        rules.InRange(prefix + "laneShortViewMinM", LaneShortViewMinM, 5.0, 200.0, "m");
        rules.InRange(prefix + "laneShortViewMaxM", LaneShortViewMaxM, 0.0, 200.0, "m");
        // Disjoint ranges: the blend always starts before it ends.
        rules.InRange(prefix + "laneBlendStartS", LaneBlendStartS, 0.3, 1.5, "s");
        rules.InRange(prefix + "laneBlendEndS", LaneBlendEndS, 1.6, 10.0, "s");
        rules.InRange(prefix + "laneExtrapolationM", LaneExtrapolationM, 0.0, 100.0, "m");
        rules.InRange(prefix + "laneMaxNearDisagreementM", LaneMaxNearDisagreementM, 0.0, 3.0, "m");
        rules.InRange(prefix + "laneHeadingUncertaintyRad", LaneHeadingUncertaintyRad, 0.0, 0.05, "rad");
        rules.InRange(prefix + "laneCurvatureUncertaintyPerM", LaneCurvatureUncertaintyPerM, 0.0, 0.01, "1/m");
    }
}
