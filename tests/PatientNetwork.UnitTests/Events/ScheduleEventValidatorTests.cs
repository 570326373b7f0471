using PatientNetwork.Events.AwarenessEvents;
using PatientNetwork.Events.Places;

namespace PatientNetwork.UnitTests.Events;

public sealed class ScheduleEventValidatorTests
{
    private static readonly DateTimeOffset Now = FixedTime.Nov2026.GetUtcNow();
    private readonly ScheduleEventValidator validator = new(FixedTime.Nov2026, EventCities.Load());

    [Fact]
    public void World_CML_Day_next_September_is_valid() =>
        Assert.True(validator.Validate(new ScheduleEventRequest("World CML Day", EventKind.Awareness, "Casablanca",
            new DateTimeOffset(2027, 9, 22, 9, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 9, 22, 17, 0, 0, TimeSpan.Zero))).IsValid);

    [Fact]
    public void An_event_in_the_past_is_refused() =>
        AssertRefused(new ScheduleEventRequest("Blood drive", EventKind.BloodDrive, "Casablanca", Now.AddDays(-1), Now), nameof(ScheduleEventRequest.StartsAt));

    [Fact]
    public void An_event_ending_before_it_starts_is_refused() =>
        AssertRefused(new ScheduleEventRequest("Lecture", EventKind.Lecture, "Marrakech", Now.AddDays(2), Now.AddDays(1)), nameof(ScheduleEventRequest.EndsAt));

    [Theory]
    [InlineData("Atlantis")]
    [InlineData("Paris")]
    [InlineData("casa")]
    public void A_city_outside_the_Registry_s_list_is_refused(string city) =>
        AssertRefused(new ScheduleEventRequest("Lecture", EventKind.Lecture, city, Now.AddDays(2), Now.AddDays(2).AddHours(2)), nameof(ScheduleEventRequest.City));

    [Theory]
    [InlineData("el-jadida")]
    [InlineData("Meknès")]
    [InlineData("FES")]
    [InlineData("الدار البيضاء")]
    public void A_city_is_named_by_its_code_or_any_of_its_names(string city) =>
        Assert.True(validator.Validate(new ScheduleEventRequest("Lecture", EventKind.Lecture, city, Now.AddDays(2), Now.AddDays(2).AddHours(2))).IsValid);

    [Fact]
    public void An_online_session_needs_no_city_but_an_https_link()
    {
        Assert.True(validator.Validate(new ScheduleEventRequest("Remote session", EventKind.RemoteSession, null, Now.AddDays(2), Now.AddDays(2).AddHours(1),
            OnlineUrl: "https://meet.example.org/cml")).IsValid);
        AssertRefused(new ScheduleEventRequest("Remote session", EventKind.RemoteSession, null, Now.AddDays(2), Now.AddDays(2).AddHours(1),
            OnlineUrl: "http://meet.example.org/cml"), nameof(ScheduleEventRequest.OnlineUrl));
        AssertRefused(new ScheduleEventRequest("Remote session", EventKind.RemoteSession, null, Now.AddDays(2), Now.AddDays(2).AddHours(1)), nameof(ScheduleEventRequest.City));
    }

    [Fact]
    public void A_registration_window_that_closes_after_the_event_is_refused() =>
        AssertRefused(new ScheduleEventRequest("Lecture", EventKind.Lecture, "rabat", Now.AddDays(2), Now.AddDays(2).AddHours(2),
            RegistrationOpensAt: Now, RegistrationClosesAt: Now.AddDays(3)), nameof(ScheduleEventRequest.RegistrationClosesAt));

    [Fact]
    public void A_capacity_of_zero_is_refused() =>
        AssertRefused(new ScheduleEventRequest("Lecture", EventKind.Lecture, "rabat", Now.AddDays(2), Now.AddDays(2).AddHours(2), Capacity: 0), nameof(ScheduleEventRequest.Capacity));

    private void AssertRefused(ScheduleEventRequest request, string field) =>
        Assert.Contains(validator.Validate(request).Errors, e => string.Equals(e.PropertyName, field, StringComparison.OrdinalIgnoreCase));
}
