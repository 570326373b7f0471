using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PatientNetwork.Partnerships.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class RenewalReminderMail : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "attempts",
                table: "agreement_renewal_reminders",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "last_failure",
                table: "agreement_renewal_reminders",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "next_attempt_at",
                table: "agreement_renewal_reminders",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "sent_at",
                table: "agreement_renewal_reminders",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "superseded_at",
                table: "agreement_renewal_reminders",
                type: "timestamp with time zone",
                nullable: true);

            // Reminders recorded before mail existed were never sent: due from when they were recorded (ADR 0033).
            migrationBuilder.Sql("UPDATE agreement_renewal_reminders SET next_attempt_at = recorded_at;");

            migrationBuilder.CreateIndex(
                name: "ix_agreement_renewal_reminders_next_attempt_at",
                table: "agreement_renewal_reminders",
                column: "next_attempt_at",
                filter: "sent_at IS NULL AND superseded_at IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_agreement_renewal_reminders_next_attempt_at",
                table: "agreement_renewal_reminders");

            migrationBuilder.DropColumn(
                name: "attempts",
                table: "agreement_renewal_reminders");

            migrationBuilder.DropColumn(
                name: "last_failure",
                table: "agreement_renewal_reminders");

            migrationBuilder.DropColumn(
                name: "next_attempt_at",
                table: "agreement_renewal_reminders");

            migrationBuilder.DropColumn(
                name: "sent_at",
                table: "agreement_renewal_reminders");

            migrationBuilder.DropColumn(
                name: "superseded_at",
                table: "agreement_renewal_reminders");
        }
    }
}
