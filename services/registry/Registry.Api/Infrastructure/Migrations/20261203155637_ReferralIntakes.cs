using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PatientNetwork.Registry.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ReferralIntakes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "referral_intakes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    association_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    partner_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    region_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    diagnosis_group = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    diagnosis_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    accepted_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    accepted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    child_first_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    child_last_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    child_birth_date = table.Column<DateOnly>(type: "date", nullable: true),
                    child_sex = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    family_phone_ciphertext = table.Column<string>(type: "text", nullable: true),
                    family_email_ciphertext = table.Column<string>(type: "text", nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    patient_id = table.Column<Guid>(type: "uuid", nullable: true),
                    closed_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    dismissal_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_referral_intakes", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_referral_intakes_association_id_status_accepted_at",
                table: "referral_intakes",
                columns: new[] { "association_id", "status", "accepted_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "referral_intakes");
        }
    }
}
