using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PatientNetwork.Registry.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class PatientFamilies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "family_id",
                table: "patients",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            // Records registered before families existed: each patient joins the family of the earliest
            // live patient of the association sharing a guardian's phone (blind index), itself if none.
            migrationBuilder.Sql("""
                UPDATE patients SET family_id = id;
                UPDATE patients p SET family_id = COALESCE((
                    SELECT o.id FROM patients o
                    JOIN patient_guardians og ON og.patient_id = o.id
                    JOIN patient_guardians pg ON pg.phone_index = og.phone_index AND pg.patient_id = p.id
                    WHERE o.association_id = p.association_id AND o.merged_into_id IS NULL AND o.erased_at IS NULL
                    ORDER BY o.registered_at, o.id
                    LIMIT 1), p.id);
                """);

            migrationBuilder.CreateIndex(
                name: "ix_patients_association_id_family_id",
                table: "patients",
                columns: new[] { "association_id", "family_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_patients_association_id_family_id",
                table: "patients");

            migrationBuilder.DropColumn(
                name: "family_id",
                table: "patients");
        }
    }
}
