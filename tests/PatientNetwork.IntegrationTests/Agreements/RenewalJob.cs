using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PatientNetwork.IntegrationTests.Infrastructure;
using PatientNetwork.Partnerships.Agreements;
using PatientNetwork.Partnerships.Infrastructure;

namespace PatientNetwork.IntegrationTests.Agreements;

/// <summary>
/// Runs one pass of Partnerships' renewal job from the test, on the system's real database, as another replica of the
/// service would, at a time of the test's choosing.
/// </summary>
public static class RenewalJob
{
    public static async Task RunAsync(PatientNetworkFixture system, DateTimeOffset at)
    {
        var options = new DbContextOptionsBuilder<PartnershipsDbContext>()
            .UseNpgsql(system.ConnectionString("partnershipsdb"))
            .UseSnakeCaseNamingConvention()
            .Options;
        await using var db = new PartnershipsDbContext(options);
        var renewals = new AgreementRenewals(db, Options.Create(new AgreementOptions()), new At(at), NullLogger<AgreementRenewals>.Instance);
        await renewals.RunAsync(CancellationToken.None);
    }

    private sealed class At(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
