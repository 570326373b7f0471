using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PatientNetwork.Partnerships.Infrastructure.Migrations
{
    /// <summary>
    /// The public calendar follows Events' published, changed and cancelled messages (status, sequence, place,
    /// programme) and keeps its recurring series for the .ics feed. Rows from before were published events.
    /// </summary>
    public partial class PublicCalendarFollowsEvents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "audience",
                table: "public_events",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "public");

            migrationBuilder.AddColumn<string>(
                name: "description_ar",
                table: "public_events",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "description_en",
                table: "public_events",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "description_fr",
                table: "public_events",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "listed",
                table: "public_events",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "occurrence_date",
                table: "public_events",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "online_url",
                table: "public_events",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "partners",
                table: "public_events",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'::text[]");

            migrationBuilder.AddColumn<int>(
                name: "sequence",
                table: "public_events",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "series_id",
                table: "public_events",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "sessions",
                table: "public_events",
                type: "jsonb",
                nullable: false,
                defaultValueSql: "'[]'::jsonb");

            migrationBuilder.AddColumn<string>(
                name: "status",
                table: "public_events",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "published");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "updated_at",
                table: "public_events",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<string>(
                name: "venue",
                table: "public_events",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "public_series",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    association_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    venue = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    recurrence_rule = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    first_starts_local = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    duration = table.Column<TimeSpan>(type: "interval", nullable: false),
                    time_zone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_public_series", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_public_events_series_id",
                table: "public_events",
                column: "series_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "public_series");

            migrationBuilder.DropIndex(
                name: "ix_public_events_series_id",
                table: "public_events");

            migrationBuilder.DropColumn(
                name: "audience",
                table: "public_events");

            migrationBuilder.DropColumn(
                name: "description_ar",
                table: "public_events");

            migrationBuilder.DropColumn(
                name: "description_en",
                table: "public_events");

            migrationBuilder.DropColumn(
                name: "description_fr",
                table: "public_events");

            migrationBuilder.DropColumn(
                name: "listed",
                table: "public_events");

            migrationBuilder.DropColumn(
                name: "occurrence_date",
                table: "public_events");

            migrationBuilder.DropColumn(
                name: "online_url",
                table: "public_events");

            migrationBuilder.DropColumn(
                name: "partners",
                table: "public_events");

            migrationBuilder.DropColumn(
                name: "sequence",
                table: "public_events");

            migrationBuilder.DropColumn(
                name: "series_id",
                table: "public_events");

            migrationBuilder.DropColumn(
                name: "sessions",
                table: "public_events");

            migrationBuilder.DropColumn(
                name: "status",
                table: "public_events");

            migrationBuilder.DropColumn(
                name: "updated_at",
                table: "public_events");

            migrationBuilder.DropColumn(
                name: "venue",
                table: "public_events");
        }
    }
}
