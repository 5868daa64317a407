namespace AebController.Firmware.Perception;

/// <summary>
/// Which radar tracks may become a threat, and the stopping assumptions used to grade them.
/// LateralVelocityDeadbandMps: a radar's lateral velocity is a filtered estimate from noisy azimuth;
/// below LateralVelocityDeadbandMps + LateralVelocityDeadbandPerM·range it is taken as zero rather than projected into the path. StationaryNeedsCamera: a
/// stationary radar return becomes a threat only where a healthy camera sees an object (radar
/// elevation of covers and plates is too noisy to tell them from obstacles), and only where that object is itself
/// standing: its over-ground speed by the camera within CameraStationarySpeedMps + CameraStationarySpeedShare × ego speed.
/// CameraLatch*: a standing return the camera confirmed in CameraLatchLists consecutive lists stays confirmed while the
/// radar keeps the track (gaps up to CameraLatchGapLists lists); 0 switches the latch off (<see cref="CameraConfirmation"/>).
/// Oncoming*: a target coming towards us faster than OncomingMinSpeedMps is carried across the path by its lateral velocity
/// for at most OncomingLateralHorizonS (infinite: the whole time to collision, as for any other target), and only once its
/// track has OncomingMinTrackUpdates updates.
/// FaceToCentreMaxM: the path is taken half the track's width (at most this) beyond its range, where its centre is; 0: at its range.
/// CrossingCamera*: a crossing return at least CrossingCameraMinWidthM wide (a car's side) inside the camera's field
/// (half angle, range) must be seen by a healthy camera, or it is a multipath ghost; a width of 0 switches this off.
/// CameraCrossing*: a pedestrian, child or cyclist the camera sees crossing (lateral speed by least squares over
/// CameraCrossingWindowUs from at least CameraCrossingMinSamples positions, at least CameraCrossingMinSpeedMps) within
/// CameraCrossingMaxTtcS is judged as a crossing threat on the camera alone; a speed of 0 switches this off.
/// YoungTrack*, Tracker*: a track with fewer than YoungTrackUpdates updates within YoungTrackMaxRangeM is also judged on its
/// lateral velocity divided by the α-β tracker's ramp fraction (TrackerAlpha, TrackerBeta): a road user born moving
/// reads only part of its speed; 0 updates switch this off.
/// LateralDecel*: a crossing track whose lateral velocity (least squares over LateralDecelWindowUs, at least
/// LateralDecelMinSamples lists) falls against its motion by at least LateralDecelMinMps2 and LateralDecelSigmas standard
/// errors is carried across the path decelerating from its speed (the estimate plus LateralVelocityLagS of that
/// deceleration: the tracker's lag) and stops where that brings it; a window of 0 switches this off.
/// RangeSlope*: a track's range rate is believed where it agrees with the least-squares slope of its own ranges (over
/// RangeSlopeWindowUs, at least RangeSlopeMinSamples lists) within RangeSlopeToleranceMps + RangeSlopeSigmas standard
/// errors (RadarThreatAssessor.ContradictingRangeSlope); a window of 0 switches the check off.
/// RangeFallToleranceM: a track not yet a threat whose range lies nearer than its own kept ranges allow at the closing it can
/// have (RadarThreatAssessor.RangeFellBeyondClosing) by more than this is not judged in that list; +∞ switches it off.
/// LateralOnset*: a track whose lateral velocity rises (least squares over LateralOnsetWindowUs, at least
/// LateralOnsetMinSamples lists) by at least LateralOnsetMinMps2 and LateralDecelSigmas standard errors is also judged on
/// its estimate plus LateralVelocityLagS of that slope (a road user setting off from standing); a window of 0 switches this off.
/// SustainedCrossing*: a track no longer young within CrossingRadarOnlyMaxRangeM whose lateral velocities hold their speed over
/// SustainedCrossingWindowUs (at least SustainedCrossingMinSamples lists, slope under LateralDecelMinMps2) is also judged on
/// their mean, against the deadband with SustainedCrossingDeadbandShare of its growth with range; a window of 0 switches this off.
/// LowReturnElevationM: a return whose mean elevation is below this is standing until it leaves the camera's standing window
/// and, judged crossing inside the camera's field (CrossingCamera* angle and range), stands only where a healthy camera sees
/// an object; 0 switches this off. FlatReturnCrossingMps: a return crossing the path at least this fast is never dropped as
/// flat (below MinStationaryElevationM), whatever its elevation reads; 0 switches this off. StandingSpeedShare: any other old track is standing below
/// 0.5 m/s or this share of the ego speed over ground; 0 switches the share off.
/// FullAccuracyRcsAt100MDbsm: the radar cross-section whose echo at 100 m has the SNR at which the radar's angle accuracy
/// holds; a weaker echo (less RCS, more range: −40 dB per decade) has its azimuth noise, so its lateral velocity's, × √(SNRref/SNR),
/// and the crossing deadbands' growth with range is scaled by that (RadarThreatAssessor.LateralNoiseScale); −∞ switches it off.
/// </summary>
public readonly record struct TargetGate(
    int MinTrackUpdates,
    float MaxRangeM,
    float MaxElevationM,
    float MinStationaryElevationM,
    float MinOverlapM,
    float EgoWidthM,
    float BrakeLatencyS,
    float StopMarginM,
    float CameraVetoConfidence = 0.8f,
    float VetoHighElevationM = 1.5f,
    float VetoLowElevationM = 0.3f,
    float LateralVelocityDeadbandMps = 0f,
    float LateralVelocityDeadbandPerM = 0f,
    bool StationaryNeedsCamera = false,
    int MinThreatLists = 1,
    float YawRateUncertaintyRps = 0f,
    float CameraStationarySpeedMps = float.PositiveInfinity,
    float CameraStationarySpeedShare = 0f,
    float CrossingRadarOnlyMaxRangeM = float.PositiveInfinity,
    float CrossingCameraMinWidthM = 0f,
    float CrossingCameraHalfFovRad = 0f,
    float CrossingCameraMaxRangeM = 0f,
    int CameraLatchLists = 0,
    int CameraLatchGapLists = 0,
    float OncomingLateralHorizonS = float.PositiveInfinity,
    float OncomingMinSpeedMps = float.PositiveInfinity,
    float FaceToCentreMaxM = 0f,
    int OncomingMinTrackUpdates = 0,
    float CameraCrossingMinSpeedMps = 0f,
    long CameraCrossingWindowUs = 0,
    int CameraCrossingMinSamples = 0,
    float CameraCrossingMaxTtcS = 0f,
    int StandingMinTrackUpdates = 0,
    float LowReturnElevationM = 0f,
    float StandingSpeedShare = 0f,
    int YoungTrackUpdates = 0,
    float YoungTrackMaxRangeM = 0f,
    int YoungTrackCandidateGapLists = 0,
    int YoungCrossingMinTrackUpdates = 0,
    float TrackerAlpha = 0f,
    float TrackerBeta = 0f,
    long LateralDecelWindowUs = 0,
    int LateralDecelMinSamples = 0,
    float LateralDecelMinMps2 = 0f,
    float LateralDecelSigmas = 0f,
    float LateralVelocityLagS = 0f,
    long LateralOnsetWindowUs = 0,
    int LateralOnsetMinSamples = 0,
    float LateralOnsetMinMps2 = float.PositiveInfinity,
    long RangeSlopeWindowUs = 0,
    int RangeSlopeMinSamples = 0,
    float RangeSlopeToleranceMps = float.PositiveInfinity,
    float RangeSlopeSigmas = 0f,
    float RangeFallToleranceM = float.PositiveInfinity,
    long SustainedCrossingWindowUs = 0,
    int SustainedCrossingMinSamples = 0,
    float SustainedCrossingDeadbandShare = 1f,
    float FlatReturnCrossingMps = 0f,
    float FullAccuracyRcsAt100MDbsm = float.NegativeInfinity);
