using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PatientNetwork.Funding.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ClaimCoverageUsage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "coverage_usage",
                columns: table => new
                {
                    programme_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    scope = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    subject_id = table.Column<Guid>(type: "uuid", nullable: false),
                    association_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    covered_centimes = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_coverage_usage", x => new { x.programme_id, x.year, x.scope, x.subject_id });
                    table.CheckConstraint("ck_coverage_usage_covered_not_negative", "covered_centimes >= 0");
                });

            migrationBuilder.CreateIndex(
                name: "ix_coverage_usage_association_id",
                table: "coverage_usage",
                column: "association_id");

            // Backfill from the claims already committed (approved, partially approved, scheduled, paid), per patient and per programme.
            migrationBuilder.Sql("""
                INSERT INTO coverage_usage (programme_id, year, scope, subject_id, association_id, covered_centimes)
                SELECT c.programme_id, EXTRACT(YEAR FROM l.dispensed_on)::int, 'patient', c.patient_id, min(c.association_id), sum(COALESCE(l.covered_centimes, 0))
                FROM claims c JOIN claim_lines l ON l.claim_id = c.id
                WHERE c.status IN ('Approved', 'PartiallyApproved', 'PayoutScheduled', 'Paid')
                GROUP BY c.programme_id, EXTRACT(YEAR FROM l.dispensed_on), c.patient_id;

                INSERT INTO coverage_usage (programme_id, year, scope, subject_id, association_id, covered_centimes)
                SELECT programme_id, year, 'programme', programme_id, min(association_id), sum(covered_centimes)
                FROM coverage_usage WHERE scope = 'patient'
                GROUP BY programme_id, year;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "coverage_usage");
        }
    }
}
