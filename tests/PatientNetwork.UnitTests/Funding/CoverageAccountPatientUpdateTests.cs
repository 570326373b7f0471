using PatientNetwork.Funding.Consents;
using PatientNetwork.Funding.Coverage;

namespace PatientNetwork.UnitTests.Funding;

/// <summary>How a coverage account follows <c>PatientUpdated</c>: newer changes win, missing fields keep what is known.</summary>
public sealed class CoverageAccountPatientUpdateTests
{
    private static readonly DateTimeOffset Registered = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Family = Guid.CreateVersion7(Registered);

    private static CoverageAccount NewAccount()
    {
        var patient = Guid.NewGuid();
        return CoverageAccount.Open(patient, "hajar", null, new CoverageRate(8_000), MedicineFundingConsent.Undecided(patient), Registered,
            null, "casablanca-settat", "primary-immunodeficiency", new DateOnly(2020, 5, 1), Registered, Family);
    }

    [Fact]
    public void A_corrected_date_of_birth_and_a_new_family_are_followed()
    {
        var account = NewAccount();
        var newFamily = Guid.NewGuid();

        Assert.True(account.FollowUpdate(new PatientChange(Registered.AddDays(1), "casablanca-settat", "primary-immunodeficiency", new DateOnly(2019, 5, 1), newFamily)));

        Assert.Equal(new DateOnly(2019, 5, 1), account.BornOnOrAfter);
        Assert.Equal(newFamily, account.FamilyId);
    }

    [Fact]
    public void An_update_from_before_the_fields_existed_keeps_the_date_of_birth_and_the_family()
    {
        var account = NewAccount();

        account.FollowUpdate(new PatientChange(Registered.AddDays(1), "rabat-sale-kenitra", "autoinflammatory", null, null));

        Assert.Equal("rabat-sale-kenitra", account.RegionCode);
        Assert.Equal(new DateOnly(2020, 5, 1), account.BornOnOrAfter);
        Assert.Equal(Family, account.FamilyId);
    }

    [Fact]
    public void An_update_made_before_the_registration_changes_nothing()
    {
        var account = NewAccount();

        Assert.False(account.FollowUpdate(new PatientChange(Registered.AddMinutes(-1), "fes-meknes", "autoinflammatory", new DateOnly(2010, 1, 1), Guid.NewGuid())));

        Assert.Equal("casablanca-settat", account.RegionCode);
        Assert.Equal(new DateOnly(2020, 5, 1), account.BornOnOrAfter);
        Assert.Equal(Family, account.FamilyId);
    }

    [Fact]
    public void An_update_kept_before_the_account_opens_is_replaced_only_by_a_newer_one_and_keeps_the_fields_the_newer_one_lacks()
    {
        var patient = Guid.NewGuid();
        var kept = PatientUpdateAwaitingAccount.Keep(patient, new PatientChange(Registered.AddHours(2), "rabat-sale-kenitra", "autoinflammatory", new DateOnly(2019, 5, 1), Family));

        kept.KeepLatest(new PatientChange(Registered.AddHours(1), "fes-meknes", "primary-immunodeficiency", new DateOnly(2010, 1, 1), Guid.NewGuid()));
        Assert.Equal("rabat-sale-kenitra", kept.RegionCode);

        kept.KeepLatest(new PatientChange(Registered.AddHours(3), "oriental", "autoinflammatory", null, null));
        Assert.Equal(new PatientChange(Registered.AddHours(3), "oriental", "autoinflammatory", new DateOnly(2019, 5, 1), Family), kept.ToChange());
    }
}
