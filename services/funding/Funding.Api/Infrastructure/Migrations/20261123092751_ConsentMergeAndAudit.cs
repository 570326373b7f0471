using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace PatientNetwork.Funding.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ConsentMergeAndAudit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<Guid>>(
                name: "former_patient_ids",
                table: "coverage_accounts",
                type: "uuid[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<Guid>(
                name: "merged_into_patient_id",
                table: "coverage_accounts",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "status",
                table: "coverage_accounts",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "Active");

            migrationBuilder.AddColumn<string>(
                name: "status_reason",
                table: "coverage_accounts",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "status_since",
                table: "coverage_accounts",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            // Accounts opened before consent was followed were active from the day they opened.
            migrationBuilder.Sql("UPDATE coverage_accounts SET status_since = opened_at;");

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "coverage_accounts",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.CreateTable(
                name: "audit_trail",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    staff_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    staff_login = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    association_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    action = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    patient_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    details = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_trail", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "medicine_funding_consents",
                columns: table => new
                {
                    patient_id = table.Column<Guid>(type: "uuid", nullable: false),
                    given = table.Column<bool>(type: "boolean", nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_medicine_funding_consents", x => x.patient_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_coverage_accounts_former_patient_ids",
                table: "coverage_accounts",
                column: "former_patient_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_audit_trail_association_id_id",
                table: "audit_trail",
                columns: new[] { "association_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_trail_patient_ids",
                table: "audit_trail",
                column: "patient_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_audit_trail_staff_id_id",
                table: "audit_trail",
                columns: new[] { "staff_id", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_trail");

            migrationBuilder.DropTable(
                name: "medicine_funding_consents");

            migrationBuilder.DropIndex(
                name: "ix_coverage_accounts_former_patient_ids",
                table: "coverage_accounts");

            migrationBuilder.DropColumn(
                name: "former_patient_ids",
                table: "coverage_accounts");

            migrationBuilder.DropColumn(
                name: "merged_into_patient_id",
                table: "coverage_accounts");

            migrationBuilder.DropColumn(
                name: "status",
                table: "coverage_accounts");

            migrationBuilder.DropColumn(
                name: "status_reason",
                table: "coverage_accounts");

            migrationBuilder.DropColumn(
                name: "status_since",
                table: "coverage_accounts");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "coverage_accounts");
        }
    }
}
