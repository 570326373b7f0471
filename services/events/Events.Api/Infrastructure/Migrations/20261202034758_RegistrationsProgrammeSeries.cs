using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace PatientNetwork.Events.Infrastructure.Migrations
{
    /// <summary>
    /// Events grow (audience, place, capacity, window, status, sequence, series), with their programme, registrations,
    /// series, audit trail and the public registration windows. Events scheduled before were published at once, so
    /// they become <c>Published</c>, for the <c>Public</c>.
    /// </summary>
    public partial class RegistrationsProgrammeSeries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "city",
                table: "awareness_events",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100);

            migrationBuilder.AddColumn<string>(
                name: "audience",
                table: "awareness_events",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "Public");

            migrationBuilder.AddColumn<int>(
                name: "capacity",
                table: "awareness_events",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "description_ar",
                table: "awareness_events",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "description_en",
                table: "awareness_events",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "description_fr",
                table: "awareness_events",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "members_only",
                table: "awareness_events",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "occurrence_date",
                table: "awareness_events",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "offer_lifetime_seconds",
                table: "awareness_events",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "online_url",
                table: "awareness_events",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "partners",
                table: "awareness_events",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'::text[]");

            migrationBuilder.AddColumn<int>(
                name: "people_inside",
                table: "awareness_events",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "people_inside_cap",
                table: "awareness_events",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "questions",
                table: "awareness_events",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'::text[]");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "registration_closes_at",
                table: "awareness_events",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "registration_opens_at",
                table: "awareness_events",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "sequence",
                table: "awareness_events",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "series_id",
                table: "awareness_events",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "status",
                table: "awareness_events",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "Published");

            migrationBuilder.AddColumn<string>(
                name: "venue",
                table: "awareness_events",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "audit_trail",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    staff_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    staff_login = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    association_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    action = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    registration_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    details = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_trail", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "event_series",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    association_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    branch_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    audience = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    venue = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    recurrence_rule = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    first_starts_local = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    duration = table.Column<TimeSpan>(type: "interval", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_event_series", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "event_sessions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    room = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    capacity = table.Column<int>(type: "integer", nullable: true),
                    speakers = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_event_sessions", x => x.id);
                    table.ForeignKey(
                        name: "fk_event_sessions_awareness_events_event_id",
                        column: x => x.event_id,
                        principalTable: "awareness_events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "public_registration_windows",
                columns: table => new
                {
                    client = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    window_start = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_public_registration_windows", x => new { x.client, x.window_start });
                });

            migrationBuilder.CreateTable(
                name: "registrations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    adults = table.Column<int>(type: "integer", nullable: false),
                    children = table.Column<int>(type: "integer", nullable: false),
                    session_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    answers = table.Column<List<string>>(type: "text[]", nullable: false),
                    accessibility_needs = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    registered_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    status_since = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    offer_expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    inside = table.Column<bool>(type: "boolean", nullable: false),
                    first_entered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_registrations", x => x.id);
                    table.ForeignKey(
                        name: "fk_registrations_awareness_events_event_id",
                        column: x => x.event_id,
                        principalTable: "awareness_events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_awareness_events_series_id_occurrence_date",
                table: "awareness_events",
                columns: new[] { "series_id", "occurrence_date" },
                unique: true,
                filter: "series_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_audit_trail_association_id_id",
                table: "audit_trail",
                columns: new[] { "association_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_trail_event_id_id",
                table: "audit_trail",
                columns: new[] { "event_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_trail_registration_ids",
                table: "audit_trail",
                column: "registration_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_event_series_association_id",
                table: "event_series",
                column: "association_id");

            migrationBuilder.CreateIndex(
                name: "ix_event_sessions_event_id",
                table: "event_sessions",
                column: "event_id");

            migrationBuilder.CreateIndex(
                name: "ix_registrations_code",
                table: "registrations",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_registrations_event_id_status_number",
                table: "registrations",
                columns: new[] { "event_id", "status", "number" });

            migrationBuilder.CreateIndex(
                name: "ix_registrations_status_offer_expires_at",
                table: "registrations",
                columns: new[] { "status", "offer_expires_at" },
                filter: "status = 'Offered'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_trail");

            migrationBuilder.DropTable(
                name: "event_series");

            migrationBuilder.DropTable(
                name: "event_sessions");

            migrationBuilder.DropTable(
                name: "public_registration_windows");

            migrationBuilder.DropTable(
                name: "registrations");

            migrationBuilder.DropIndex(
                name: "ix_awareness_events_series_id_occurrence_date",
                table: "awareness_events");

            migrationBuilder.DropColumn(
                name: "audience",
                table: "awareness_events");

            migrationBuilder.DropColumn(
                name: "capacity",
                table: "awareness_events");

            migrationBuilder.DropColumn(
                name: "description_ar",
                table: "awareness_events");

            migrationBuilder.DropColumn(
                name: "description_en",
                table: "awareness_events");

            migrationBuilder.DropColumn(
                name: "description_fr",
                table: "awareness_events");

            migrationBuilder.DropColumn(
                name: "members_only",
                table: "awareness_events");

            migrationBuilder.DropColumn(
                name: "occurrence_date",
                table: "awareness_events");

            migrationBuilder.DropColumn(
                name: "offer_lifetime_seconds",
                table: "awareness_events");

            migrationBuilder.DropColumn(
                name: "online_url",
                table: "awareness_events");

            migrationBuilder.DropColumn(
                name: "partners",
                table: "awareness_events");

            migrationBuilder.DropColumn(
                name: "people_inside",
                table: "awareness_events");

            migrationBuilder.DropColumn(
                name: "people_inside_cap",
                table: "awareness_events");

            migrationBuilder.DropColumn(
                name: "questions",
                table: "awareness_events");

            migrationBuilder.DropColumn(
                name: "registration_closes_at",
                table: "awareness_events");

            migrationBuilder.DropColumn(
                name: "registration_opens_at",
                table: "awareness_events");

            migrationBuilder.DropColumn(
                name: "sequence",
                table: "awareness_events");

            migrationBuilder.DropColumn(
                name: "series_id",
                table: "awareness_events");

            migrationBuilder.DropColumn(
                name: "status",
                table: "awareness_events");

            migrationBuilder.DropColumn(
                name: "venue",
                table: "awareness_events");

            migrationBuilder.AlterColumn<string>(
                name: "city",
                table: "awareness_events",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100,
                oldNullable: true);
        }
    }
}
