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
            migrationBuilder.AddColumn<Guid>(
                name: "merged_into_id",
                table: "patient_mobility",
                type: "uuid",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "merged_into_id",
                table: "patient_mobility");
        }
    }
}
