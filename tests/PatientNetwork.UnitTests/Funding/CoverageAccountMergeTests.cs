using PatientNetwork.Funding.Consents;
using PatientNetwork.Funding.Coverage;

namespace PatientNetwork.UnitTests.Funding;

public sealed class CoverageAccountMergeTests
{
    private static readonly DateTimeOffset Opened = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_merged_duplicate_account_is_closed_and_points_to_the_survivor()
    {
        var duplicate = Open(Guid.NewGuid());
        var survivor = Guid.NewGuid();

        duplicate.CloseAsMergedInto(survivor, Opened.AddDays(1));

        Assert.Equal(CoverageStatus.Closed, duplicate.Status);
        Assert.False(duplicate.IsOpen);
        Assert.Equal(survivor, duplicate.MergedIntoPatientId);
        Assert.Equal(Opened.AddDays(1), duplicate.StatusSince);
        Assert.Equal("patient record merged into another", duplicate.StatusReason);
    }

    [Fact]
    public void Closing_an_account_twice_keeps_the_first_pointer_and_date()
    {
        var duplicate = Open(Guid.NewGuid());
        var survivor = Guid.NewGuid();
        duplicate.CloseAsMergedInto(survivor, Opened.AddDays(1));

        duplicate.CloseAsMergedInto(Guid.NewGuid(), Opened.AddDays(2));

        Assert.Equal(survivor, duplicate.MergedIntoPatientId);
        Assert.Equal(Opened.AddDays(1), duplicate.StatusSince);
    }

    [Fact]
    public void An_account_reassigned_to_a_survivor_without_one_belongs_to_the_survivor_and_remembers_the_duplicate()
    {
        var duplicateId = Guid.NewGuid();
        var survivorId = Guid.NewGuid();
        var account = Open(duplicateId);

        account.ReassignTo(survivorId, MedicineFundingConsent.Undecided(survivorId));

        Assert.Equal(survivorId, account.PatientId);
        Assert.Equal([duplicateId], account.FormerPatientIds);
        Assert.Equal(CoverageStatus.Active, account.Status);
        Assert.Null(account.MergedIntoPatientId);
    }

    [Fact]
    public void A_reassigned_account_follows_the_survivor_when_the_survivor_withdrew_later()
    {
        var survivorId = Guid.NewGuid();
        var account = Open(Guid.NewGuid());
        var survivorConsent = MedicineFundingConsent.Undecided(survivorId);
        survivorConsent.Decide(given: false, Opened.AddDays(1));

        account.ReassignTo(survivorId, survivorConsent);

        Assert.Equal(CoverageStatus.Suspended, account.Status);
        Assert.Equal(Opened.AddDays(1), account.StatusSince);
    }

    [Fact]
    public void A_reassigned_account_stays_suspended_when_the_duplicate_withdrawal_is_the_latest_decision()
    {
        var duplicateId = Guid.NewGuid();
        var survivorId = Guid.NewGuid();
        var duplicateConsent = MedicineFundingConsent.Undecided(duplicateId);
        duplicateConsent.Decide(given: false, Opened.AddDays(2));
        var account = CoverageAccount.Open(duplicateId, "amal", null, new CoverageRate(8_000), duplicateConsent, Opened);
        var survivorConsent = MedicineFundingConsent.Undecided(survivorId);
        survivorConsent.Decide(given: true, Opened.AddDays(1));

        survivorConsent.TakeOver(duplicateConsent);
        account.ReassignTo(survivorId, survivorConsent);

        Assert.Equal(CoverageStatus.Suspended, account.Status);
        Assert.Equal(Opened.AddDays(2), account.StatusSince);
    }

    private static CoverageAccount Open(Guid patientId) =>
        CoverageAccount.Open(patientId, "amal", "casablanca-settat", new CoverageRate(8_000), MedicineFundingConsent.Undecided(patientId), Opened);
}
