using PatientNetwork.Partnerships.Statistics;

namespace PatientNetwork.UnitTests.Partnerships;

/// <summary>Consent and placement events travel on separate queues; the latest decision must win whatever the arrival order.</summary>
public sealed class CountedPatientTests
{
    private static readonly DateTimeOffset Registered = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Withdrawn = Registered.AddDays(10);

    [Fact]
    public void A_withdrawal_arriving_before_the_registration_keeps_the_patient_uncounted()
    {
        var patient = CountedPatient.Decide(Guid.NewGuid(), "hajar", "", "", counted: false, Withdrawn);

        patient.Apply(counted: true, Registered, "leukemia", "casablanca-settat");

        Assert.False(patient.IsCounted);
        Assert.Equal("leukemia", patient.DiagnosisGroup);
    }

    [Fact]
    public void A_later_withdrawal_stops_the_count()
    {
        var patient = CountedPatient.Decide(Guid.NewGuid(), "hajar", "leukemia", "casablanca-settat", counted: true, Registered);

        patient.Apply(counted: false, Withdrawn);

        Assert.False(patient.IsCounted);
        Assert.Equal("casablanca-settat", patient.RegionCode);
    }

    [Fact]
    public void A_move_arriving_before_the_registration_is_not_undone_by_it()
    {
        var patient = CountedPatient.PlacedBeforeDecision(Guid.NewGuid(), "hajar", "leukemia", "oriental", Registered.AddDays(1));

        patient.Apply(counted: true, Registered, "leukemia", "casablanca-settat");

        Assert.True(patient.IsCounted);
        Assert.Equal("oriental", patient.RegionCode);
    }

    [Fact]
    public void A_birth_year_corrected_by_an_update_that_overtook_the_registration_is_kept()
    {
        var patient = CountedPatient.PlacedBeforeDecision(Guid.NewGuid(), "hajar", "leukemia", "casablanca-settat", Withdrawn);
        patient.CorrectBirthYear(2019);

        patient.Describe("male", 2018);

        Assert.Equal(2019, patient.BirthYear);
        Assert.Equal("male", patient.Sex);
    }
}
