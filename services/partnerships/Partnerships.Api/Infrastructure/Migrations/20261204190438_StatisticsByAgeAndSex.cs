using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PatientNetwork.Partnerships.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class StatisticsByAgeAndSex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "age_sex_cells",
                table: "statistics_releases",
                type: "jsonb",
                nullable: false,
                defaultValueSql: "'[]'::jsonb");

            migrationBuilder.AddColumn<int>(
                name: "birth_year",
                table: "counted_patients",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "sex",
                table: "counted_patients",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "unknown");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "age_sex_cells",
                table: "statistics_releases");

            migrationBuilder.DropColumn(
                name: "birth_year",
                table: "counted_patients");

            migrationBuilder.DropColumn(
                name: "sex",
                table: "counted_patients");
        }
    }
}
