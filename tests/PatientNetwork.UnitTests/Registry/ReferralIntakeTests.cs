using PatientNetwork.Contracts;
using PatientNetwork.Registry.Referrals;

namespace PatientNetwork.UnitTests.Registry;

public sealed class ReferralIntakeTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);

    private static ReferralIntake Waiting() => ReferralIntake.Receive(
        new ReferralAccepted(Guid.NewGuid(), Now, Guid.NewGuid(), "hajar", "partner-1", "hajar.coordinator", "Salma", "Alaoui", new DateOnly(2019, 4, 12),
            "female", "primary-immunodeficiency", "D81.9", "casablanca-settat", "+212600000000", null),
        "v1:phone-ciphertext", null);

    [Fact]
    public void Closing_an_intake_keeps_what_became_of_it_and_clears_the_childs_details()
    {
        var intake = Waiting();
        var patient = Guid.NewGuid();

        intake.Registered(patient, "hajar.admin", Now.AddHours(1));

        Assert.Equal(ReferralIntakeStatus.Registered, intake.Status);
        Assert.Equal(patient, intake.PatientId);
        Assert.Equal("hajar.admin", intake.ClosedBy);
        Assert.Null(intake.ChildFirstName);
        Assert.Null(intake.ChildLastName);
        Assert.Null(intake.ChildBirthDate);
        Assert.Null(intake.FamilyPhoneCiphertext);
        Assert.Equal("casablanca-settat", intake.RegionCode);
    }

    [Fact]
    public void A_closed_intake_cannot_be_closed_again()
    {
        var intake = Waiting();
        intake.Dismissed("hajar.coordinator", Now, "The family declined.");

        var refused = Assert.Throws<ReferralIntakeClosedException>(() => intake.Linked(Guid.NewGuid(), "hajar.admin", Now));
        Assert.Equal(ReferralIntakeStatus.Dismissed, refused.Status);
        Assert.Null(intake.PatientId);
    }

    [Fact]
    public void A_cancellation_arriving_first_leaves_a_dismissed_intake_without_the_child()
    {
        var intake = ReferralIntake.WithdrawnBeforeArrival(Guid.NewGuid(), "hajar", Now, "Cancelled by the referring partner.");

        Assert.False(intake.IsPending);
        Assert.Null(intake.ChildLastName);
    }
}
