using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PatientNetwork.Partnerships.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class StatisticsReleasesAndAssociations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "association_id",
                table: "counted_patients",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "statistics_releases",
                columns: table => new
                {
                    version = table.Column<int>(type: "integer", nullable: false),
                    released_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    suppression_threshold = table.Column<int>(type: "integer", nullable: false),
                    fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    cells = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_statistics_releases", x => x.version);
                });

            migrationBuilder.CreateIndex(
                name: "ix_counted_patients_association_id",
                table: "counted_patients",
                column: "association_id",
                filter: "is_counted");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "statistics_releases");

            migrationBuilder.DropIndex(
                name: "ix_counted_patients_association_id",
                table: "counted_patients");

            migrationBuilder.DropColumn(
                name: "association_id",
                table: "counted_patients");
        }
    }
}
