using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PatientNetwork.Registry.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class PatientSearchGin : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_patients_search_name",
                table: "patients");

            migrationBuilder.CreateIndex(
                name: "ix_patients_search_name",
                table: "patients",
                column: "search_name")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_patients_search_name",
                table: "patients");

            migrationBuilder.CreateIndex(
                name: "ix_patients_search_name",
                table: "patients",
                column: "search_name")
                .Annotation("Npgsql:IndexMethod", "gist")
                .Annotation("Npgsql:IndexOperators", new[] { "gist_trgm_ops" });
        }
    }
}
