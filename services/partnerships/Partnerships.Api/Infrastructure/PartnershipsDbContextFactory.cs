using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PatientNetwork.Partnerships.Infrastructure;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without a running database.</summary>
internal sealed class PartnershipsDbContextFactory : IDesignTimeDbContextFactory<PartnershipsDbContext>
{
    public PartnershipsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PartnershipsDbContext>()
            .UseNpgsql("Host=localhost;Database=partnerships_design_time")
            .UseSnakeCaseNamingConvention()
            .Options);
}
