using PatientNetwork.Events.AwarenessEvents;

namespace PatientNetwork.UnitTests.Events;

public sealed class ScheduleEventValidatorTests
{
    private static readonly DateTimeOffset Now = FixedTime.Nov2026.GetUtcNow();
    private readonly ScheduleEventValidator validator = new(FixedTime.Nov2026);

    [Fact]
    public void World_CML_Day_next_September_is_valid() =>
        Assert.True(validator.Validate(new ScheduleEventRequest("World CML Day", EventKind.Awareness, "Casablanca",
            new DateTimeOffset(2027, 9, 22, 9, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 9, 22, 17, 0, 0, TimeSpan.Zero))).IsValid);

    [Fact]
    public void An_event_in_the_past_is_refused() =>
        Assert.Contains(validator.Validate(new ScheduleEventRequest("Blood drive", EventKind.BloodDrive, "Casablanca", Now.AddDays(-1), Now)).Errors,
            e => string.Equals(e.PropertyName, nameof(ScheduleEventRequest.StartsAt), StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void An_event_ending_before_it_starts_is_refused() =>
        Assert.Contains(validator.Validate(new ScheduleEventRequest("Lecture", EventKind.Lecture, "Marrakech", Now.AddDays(2), Now.AddDays(1))).Errors,
            e => string.Equals(e.PropertyName, nameof(ScheduleEventRequest.EndsAt), StringComparison.OrdinalIgnoreCase));
}
