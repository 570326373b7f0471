using PatientNetwork.Funding.Coverage;

namespace PatientNetwork.UnitTests.Funding;

public sealed class CoverageListQueryTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("active")]
    [InlineData("suspended")]
    [InlineData("closed")]
    public void Known_statuses_and_no_status_are_accepted(string? status) =>
        Assert.Null(new CoverageListQuery(status, null, null, null).Validate());

    [Theory]
    [InlineData("open")]
    [InlineData("Active")]
    [InlineData("deleted")]
    public void An_unknown_status_is_a_field_error_on_status(string status)
    {
        var errors = new CoverageListQuery(status, null, null, null).Validate();

        Assert.NotNull(errors);
        Assert.Contains("active, suspended, closed", Assert.Single(errors["status"]), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_status_the_list_leaves_closed_accounts_out()
    {
        var accounts = new[] { CoverageStatus.Active, CoverageStatus.Suspended, CoverageStatus.Closed }.Select(Account).AsQueryable();

        var listed = new CoverageListQuery(null, null, null, null).Apply(accounts).Select(a => a.Status).ToList();
        var closed = new CoverageListQuery("closed", null, null, null).Apply(accounts).Select(a => a.Status).ToList();

        Assert.Equal([CoverageStatus.Active, CoverageStatus.Suspended], listed);
        Assert.Equal([CoverageStatus.Closed], closed);
    }

    private static CoverageAccount Account(CoverageStatus status)
    {
        var patient = Guid.NewGuid();
        var consent = PatientNetwork.Funding.Consents.MedicineFundingConsent.Undecided(patient);
        var now = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
        if (status == CoverageStatus.Suspended)
        {
            consent.Decide(given: false, now);
        }

        var account = CoverageAccount.Open(patient, "hajar", null, new CoverageRate(8_000), consent, now);
        if (status == CoverageStatus.Closed)
        {
            account.CloseAsMergedInto(Guid.NewGuid(), now);
        }

        return account;
    }
}
