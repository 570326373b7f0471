using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PatientNetwork.Events.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class BloodDriveSlotPublicVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "public_version",
                table: "blood_drive_slots",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "public_version",
                table: "blood_drive_slots");
        }
    }
}
