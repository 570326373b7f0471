using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PatientNetwork.Registry.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class AuditListingPerPage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid[]>(
                name: "listed_patient_ids",
                table: "audit_trail",
                type: "uuid[]",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_audit_trail_listed_patient_ids",
                table: "audit_trail",
                column: "listed_patient_ids")
                .Annotation("Npgsql:IndexMethod", "gin");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_audit_trail_listed_patient_ids",
                table: "audit_trail");

            migrationBuilder.DropColumn(
                name: "listed_patient_ids",
                table: "audit_trail");
        }
    }
}
