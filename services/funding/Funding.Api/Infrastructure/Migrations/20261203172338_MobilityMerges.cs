using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PatientNetwork.Funding.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class MobilityMerges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "born_on_or_after",
                table: "coverage_accounts",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "grouped_at",
                table: "coverage_accounts",
                type: "timestamp with time zone",
                nullable: true);

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "coverage_usage");

            migrationBuilder.DropColumn(
                name: "born_on_or_after",
                table: "coverage_accounts");

            migrationBuilder.DropColumn(
                name: "grouped_at",
                table: "coverage_accounts");
        }
    }
}
