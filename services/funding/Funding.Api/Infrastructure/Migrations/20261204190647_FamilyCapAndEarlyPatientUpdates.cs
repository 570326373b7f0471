using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PatientNetwork.Funding.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class FamilyCapAndEarlyPatientUpdates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "annual_cap_per_family_centimes",
                table: "programme_versions",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "family_id",
                table: "coverage_accounts",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "family_id",
                table: "claims",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "patient_updates_awaiting_account",
                columns: table => new
                {
                    patient_id = table.Column<Guid>(type: "uuid", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    region_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    diagnosis_group = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    born_on_or_after = table.Column<DateOnly>(type: "date", nullable: true),
                    family_id = table.Column<Guid>(type: "uuid", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_patient_updates_awaiting_account", x => x.patient_id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "patient_updates_awaiting_account");

            migrationBuilder.DropColumn(
                name: "annual_cap_per_family_centimes",
                table: "programme_versions");

            migrationBuilder.DropColumn(
                name: "family_id",
                table: "coverage_accounts");

            migrationBuilder.DropColumn(
                name: "family_id",
                table: "claims");
        }
    }
}
