using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PatientNetwork.Events.Infrastructure.Migrations
{
    /// <summary>
    /// Drops registrations' legacy clear-text contact columns, which the encryption pass of the releases of 2–7 December
    /// 2026 emptied. A row that still has one has not been encrypted (the database skipped those releases): the
    /// migration then stops, in its transaction, before dropping anything (runbook: upgrading an Events database).
    /// </summary>
    public partial class DropClearTextContacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DO $$
                BEGIN
                    IF EXISTS (SELECT 1 FROM registrations WHERE email IS NOT NULL OR phone IS NOT NULL) THEN
                        RAISE EXCEPTION 'clear-text contacts remain in registrations: run a release of 2-7 December 2026 until none is left before this upgrade (docs/runbook.md)';
                    END IF;
                END $$;
                """);

            migrationBuilder.DropIndex(
                name: "ix_registrations_id",
                table: "registrations");

            migrationBuilder.DropColumn(
                name: "email",
                table: "registrations");

            migrationBuilder.DropColumn(
                name: "phone",
                table: "registrations");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "email",
                table: "registrations",
                type: "character varying(254)",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "phone",
                table: "registrations",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_registrations_id",
                table: "registrations",
                column: "id",
                filter: "email IS NOT NULL OR phone IS NOT NULL");
        }
    }
}
