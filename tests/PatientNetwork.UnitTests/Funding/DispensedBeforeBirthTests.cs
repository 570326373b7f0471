using PatientNetwork.Funding.Claims;
using PatientNetwork.Funding.Consents;
using PatientNetwork.Funding.Coverage;

namespace PatientNetwork.UnitTests.Funding;

public sealed class DispensedBeforeBirthTests
{
    private static readonly DateOnly Born = new(2022, 3, 15);

    [Fact]
    public void Only_the_lines_dispensed_before_the_birth_day_are_named()
    {
        var errors = DispensedBeforeBirth.Errors(Account(Born), [Line(Born), Line(Born.AddDays(-1)), Line(Born.AddDays(1))]);

        Assert.NotNull(errors);
        Assert.Equal(["lines[1].dispensedOn"], errors.Keys);
    }

    [Fact]
    public void An_account_without_a_known_birth_checks_nothing()
    {
        Assert.Null(DispensedBeforeBirth.Errors(Account(null), [Line(new DateOnly(2000, 1, 1))]));
    }

    private static CoverageAccount Account(DateOnly? born)
    {
        var patient = Guid.NewGuid();
        return CoverageAccount.Open(patient, "hajar", null, new CoverageRate(8_000), MedicineFundingConsent.Undecided(patient), DateTimeOffset.UnixEpoch, bornOnOrAfter: born);
    }

    private static ClaimLineInput Line(DateOnly dispensedOn) => new("IgG", "J06BA02", 1, 10_000, dispensedOn, 0);
}
