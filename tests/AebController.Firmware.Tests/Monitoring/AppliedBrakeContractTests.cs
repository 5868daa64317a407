using AebController.Firmware.Calibration;
using AebController.Firmware.Monitoring;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Monitoring;

/// <summary>
/// The deceleration the monitor takes as applied (what the frozen-wheel and standing-world checks judge braking by): with a
/// brake-feedback signal fitted, the feedback where it is finite and fresh, never more than a healthy actuator would give
/// for the requests sent; a feedback that is NaN or stale says nothing, so nothing counts as applied; without a feedback
/// signal, the healthy actuator's model. The request is held at 4 m/s² for 3 s: the model (dead time 0.08 s, lag 0.12 s)
/// has settled to 4 m/s² within 1e-4 (e^(−2.92/0.12) ≈ 3e-11), which is the hand oracle for "what a healthy actuator gives".
/// </summary>
public sealed class AppliedBrakeContractTests
{
    private const long CycleUs = 10_000;
    private const float RequestMps2 = 4f;
    private static readonly MonitoringCalibration Fitted = AebCalibration.Default.Monitoring;

    /// <summary>Runs 3 s of a steady request, then one check with the feedback given; returns the applied deceleration.</summary>
    private static float AppliedAfterSteadyRequest(MonitoringCalibration cal, float feedbackMps2, long feedbackAgeUs)
    {
        var monitor = new InputMonitor(cal);
        var frame = HealthyFrame.Create(0);
        for (int c = 0; c < 300; c++)
        {
            HealthyFrame.Refresh(frame, c * CycleUs);
            frame.BrakeFeedback = new BrakeFeedback { DecelMps2 = RequestMps2, AgeUs = 0 };
            monitor.Check(frame);
            monitor.CheckActuator(RequestMps2, RequestMps2);
        }

        HealthyFrame.Refresh(frame, 300 * CycleUs);
        frame.BrakeFeedback = new BrakeFeedback { DecelMps2 = feedbackMps2, AgeUs = feedbackAgeUs };
        monitor.Check(frame);
        return monitor.AppliedBrakeMps2;
    }

    [Theory]
    [InlineData(3f, 0L)]
    [InlineData(0.5f, 0L)]
    [InlineData(3f, 25_000L)] // exactly as old as a vehicle signal may be: still fresh
    public void A_fresh_feedback_below_the_request_is_what_was_applied(float feedbackMps2, long ageUs)
    {
        Assert.Equal(25_000L, Fitted.VehicleSignalMaxAgeUs); // the edge the third case sits on
        Assert.Equal(feedbackMps2, AppliedAfterSteadyRequest(Fitted, feedbackMps2, ageUs));
    }

    [Fact]
    public void A_feedback_above_the_request_counts_only_what_a_healthy_actuator_gives()
    {
        Assert.Equal(RequestMps2, AppliedAfterSteadyRequest(Fitted, 7f, 0), 4);
    }

    [Theory]
    [InlineData(float.NaN, 0L)]
    [InlineData(float.PositiveInfinity, 0L)]
    [InlineData(3f, 25_001L)] // one microsecond past the age a vehicle signal may have
    [InlineData(3f, 1_000_000L)]
    public void A_feedback_that_is_not_finite_or_stale_says_nothing_was_applied(float feedbackMps2, long ageUs)
    {
        Assert.Equal(0f, AppliedAfterSteadyRequest(Fitted, feedbackMps2, ageUs));
    }

    [Theory]
    [InlineData(float.NaN, 0L)]
    [InlineData(3f, 1_000_000L)]
    [InlineData(0f, 0L)]
    public void Without_a_feedback_signal_the_healthy_actuator_model_is_what_was_applied(float feedbackMps2, long ageUs)
    {
        var notFitted = Fitted with { BrakeFeedbackFitted = false };
        Assert.Equal(RequestMps2, AppliedAfterSteadyRequest(notFitted, feedbackMps2, ageUs), 4);
    }
}
