using Microsoft.EntityFrameworkCore;
using PatientNetwork.Registry.Audit;
using PatientNetwork.Registry.Infrastructure;

namespace PatientNetwork.UnitTests.Registry.Audit;

public sealed class AuditQueryTests
{
    [Fact]
    public void A_patients_rows_include_the_list_pages_it_was_on_through_an_array_containment_the_GIN_index_can_answer()
    {
        using var db = new RegistryDbContext(new DbContextOptionsBuilder<RegistryDbContext>()
            .UseNpgsql("Host=localhost").UseSnakeCaseNamingConvention().Options);

        var sql = db.AuditTrail.Where(AuditEntry.About(Guid.NewGuid())).ToQueryString();

        Assert.Contains("patient_id =", sql, StringComparison.Ordinal);
        Assert.Contains("listed_patient_ids @> ARRAY[", sql, StringComparison.Ordinal);
    }
}
