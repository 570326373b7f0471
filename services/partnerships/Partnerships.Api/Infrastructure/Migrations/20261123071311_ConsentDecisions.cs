using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PatientNetwork.Partnerships.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ConsentDecisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_counted_patients_diagnosis_group_region_code",
                table: "counted_patients");

            migrationBuilder.RenameColumn(
                name: "counted_at",
                table: "counted_patients",
                newName: "decided_at");

            migrationBuilder.AddColumn<bool>(
                name: "is_counted",
                table: "counted_patients",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "ix_counted_patients_diagnosis_group_region_code",
                table: "counted_patients",
                columns: new[] { "diagnosis_group", "region_code" },
                filter: "is_counted");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_counted_patients_diagnosis_group_region_code",
                table: "counted_patients");

            migrationBuilder.DropColumn(
                name: "is_counted",
                table: "counted_patients");

            migrationBuilder.RenameColumn(
                name: "decided_at",
                table: "counted_patients",
                newName: "counted_at");

            migrationBuilder.CreateIndex(
                name: "ix_counted_patients_diagnosis_group_region_code",
                table: "counted_patients",
                columns: new[] { "diagnosis_group", "region_code" });
        }
    }
}
