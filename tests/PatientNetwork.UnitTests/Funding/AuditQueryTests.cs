using Microsoft.EntityFrameworkCore;
using PatientNetwork.Funding.Audit;
using PatientNetwork.Funding.Infrastructure;

namespace PatientNetwork.UnitTests.Funding;

public sealed class AuditQueryTests
{
    [Fact]
    public void Asking_for_one_patient_is_an_array_containment_the_GIN_index_can_answer()
    {
        using var db = new FundingDbContext(new DbContextOptionsBuilder<FundingDbContext>()
            .UseNpgsql("Host=localhost").UseSnakeCaseNamingConvention().Options);

        var sql = AuditApi.Filter(db.AuditTrail, "hajar", Guid.NewGuid(), "staff-1").ToQueryString();

        Assert.Contains("patient_ids @> ARRAY[", sql, StringComparison.Ordinal);
        Assert.Contains("association_id =", sql, StringComparison.Ordinal);
        Assert.Contains("staff_id =", sql, StringComparison.Ordinal);
    }
}
