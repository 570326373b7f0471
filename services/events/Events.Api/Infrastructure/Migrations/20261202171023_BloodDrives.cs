using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PatientNetwork.Events.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class BloodDrives : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<Guid>(
                name: "registration_id",
                table: "notifications",
                type: "uuid",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uuid");

            migrationBuilder.AddColumn<string>(
                name: "direct_recipient",
                table: "notifications",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "direct_text",
                table: "notifications",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "blood_donors",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    association_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    phone_ciphertext = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    phone_index = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    sex = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    birth_date = table.Column<DateOnly>(type: "date", nullable: false),
                    city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    donations = table.Column<List<DateOnly>>(type: "date[]", nullable: false),
                    deferred_until = table.Column<DateOnly>(type: "date", nullable: true),
                    permanently_deferred = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    erased_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_blood_donors", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "blood_drives",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    association_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    branch_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    hospital = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    transfusion_centre = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_blood_drives", x => x.id);
                    table.ForeignKey(
                        name: "fk_blood_drives_awareness_events_event_id",
                        column: x => x.event_id,
                        principalTable: "awareness_events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "blood_eligibility_rule_sets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    association_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    transfusion_centre = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    min_age = table.Column<int>(type: "integer", nullable: false),
                    max_age = table.Column<int>(type: "integer", nullable: false),
                    min_weight_kg = table.Column<int>(type: "integer", nullable: false),
                    min_days_between_donations = table.Column<int>(type: "integer", nullable: false),
                    max_per_year_men = table.Column<int>(type: "integer", nullable: false),
                    max_per_year_women = table.Column<int>(type: "integer", nullable: false),
                    source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_blood_eligibility_rule_sets", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "blood_pickup_points",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    association_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_blood_pickup_points", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "blood_vehicles",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    association_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    label = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    seats = table.Column<int>(type: "integer", nullable: false),
                    wheelchair_places = table.Column<int>(type: "integer", nullable: false),
                    driver_login = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    driver_phone_ciphertext = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    withdrawn_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_blood_vehicles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "blood_drive_sites",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    drive_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    waiting_room = table.Column<int>(type: "integer", nullable: false),
                    chairs = table.Column<int>(type: "integer", nullable: false),
                    minutes_per_donor = table.Column<int>(type: "integer", nullable: false),
                    slot_minutes = table.Column<int>(type: "integer", nullable: false),
                    opening_hours = table.Column<string>(type: "jsonb", nullable: false),
                    people_inside = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_blood_drive_sites", x => x.id);
                    table.CheckConstraint("ck_blood_drive_sites_people_inside", "people_inside >= 0 AND people_inside <= waiting_room");
                    table.ForeignKey(
                        name: "fk_blood_drive_sites_blood_drives_drive_id",
                        column: x => x.drive_id,
                        principalTable: "blood_drives",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "blood_drive_slots",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    drive_id = table.Column<Guid>(type: "uuid", nullable: false),
                    site_id = table.Column<Guid>(type: "uuid", nullable: false),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    capacity = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_blood_drive_slots", x => x.id);
                    table.ForeignKey(
                        name: "fk_blood_drive_slots_blood_drive_sites_site_id",
                        column: x => x.site_id,
                        principalTable: "blood_drive_sites",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_blood_drive_slots_blood_drives_drive_id",
                        column: x => x.drive_id,
                        principalTable: "blood_drives",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "transport_runs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    drive_id = table.Column<Guid>(type: "uuid", nullable: false),
                    slot_id = table.Column<Guid>(type: "uuid", nullable: false),
                    vehicle_id = table.Column<Guid>(type: "uuid", nullable: false),
                    leg = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    departs_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    arrives_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    seats = table.Column<int>(type: "integer", nullable: false),
                    wheelchair_places = table.Column<int>(type: "integer", nullable: false),
                    stops = table.Column<string>(type: "jsonb", nullable: false),
                    cancelled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_transport_runs", x => x.id);
                    table.ForeignKey(
                        name: "fk_transport_runs_blood_drive_slots_slot_id",
                        column: x => x.slot_id,
                        principalTable: "blood_drive_slots",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_transport_runs_blood_vehicles_vehicle_id",
                        column: x => x.vehicle_id,
                        principalTable: "blood_vehicles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "blood_donor_bookings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    drive_id = table.Column<Guid>(type: "uuid", nullable: false),
                    slot_id = table.Column<Guid>(type: "uuid", nullable: false),
                    donor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    online = table.Column<bool>(type: "boolean", nullable: false),
                    sms_code_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    sms_code_attempts = table.Column<int>(type: "integer", nullable: false),
                    hold_expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    pickup_point_id = table.Column<Guid>(type: "uuid", nullable: true),
                    out_run_id = table.Column<Guid>(type: "uuid", nullable: true),
                    back_run_id = table.Column<Guid>(type: "uuid", nullable: true),
                    wheelchair = table.Column<bool>(type: "boolean", nullable: false),
                    transport_at_risk = table.Column<bool>(type: "boolean", nullable: false),
                    boarded_out = table.Column<bool>(type: "boolean", nullable: true),
                    boarded_back = table.Column<bool>(type: "boolean", nullable: true),
                    checked_in = table.Column<bool>(type: "boolean", nullable: false),
                    inside = table.Column<bool>(type: "boolean", nullable: false),
                    outcome = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    status_since = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_blood_donor_bookings", x => x.id);
                    table.ForeignKey(
                        name: "fk_blood_donor_bookings_blood_donors_donor_id",
                        column: x => x.donor_id,
                        principalTable: "blood_donors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_blood_donor_bookings_blood_drive_slots_slot_id",
                        column: x => x.slot_id,
                        principalTable: "blood_drive_slots",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_blood_donor_bookings_pickup_points_pickup_point_id",
                        column: x => x.pickup_point_id,
                        principalTable: "blood_pickup_points",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_blood_donor_bookings_transport_runs_back_run_id",
                        column: x => x.back_run_id,
                        principalTable: "transport_runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_blood_donor_bookings_transport_runs_out_run_id",
                        column: x => x.out_run_id,
                        principalTable: "transport_runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_blood_donor_bookings_back_run_id",
                table: "blood_donor_bookings",
                column: "back_run_id");

            migrationBuilder.CreateIndex(
                name: "ix_blood_donor_bookings_code",
                table: "blood_donor_bookings",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_blood_donor_bookings_donor_id",
                table: "blood_donor_bookings",
                column: "donor_id");

            migrationBuilder.CreateIndex(
                name: "ix_blood_donor_bookings_drive_id_donor_id",
                table: "blood_donor_bookings",
                columns: new[] { "drive_id", "donor_id" });

            migrationBuilder.CreateIndex(
                name: "ix_blood_donor_bookings_out_run_id",
                table: "blood_donor_bookings",
                column: "out_run_id");

            migrationBuilder.CreateIndex(
                name: "ix_blood_donor_bookings_pickup_point_id",
                table: "blood_donor_bookings",
                column: "pickup_point_id");

            migrationBuilder.CreateIndex(
                name: "ix_blood_donor_bookings_slot_id_status",
                table: "blood_donor_bookings",
                columns: new[] { "slot_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_blood_donors_association_id_phone_index",
                table: "blood_donors",
                columns: new[] { "association_id", "phone_index" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_blood_drive_sites_drive_id",
                table: "blood_drive_sites",
                column: "drive_id");

            migrationBuilder.CreateIndex(
                name: "ix_blood_drive_slots_drive_id_starts_at",
                table: "blood_drive_slots",
                columns: new[] { "drive_id", "starts_at" });

            migrationBuilder.CreateIndex(
                name: "ix_blood_drive_slots_site_id",
                table: "blood_drive_slots",
                column: "site_id");

            migrationBuilder.CreateIndex(
                name: "ix_blood_drives_association_id",
                table: "blood_drives",
                column: "association_id");

            migrationBuilder.CreateIndex(
                name: "ix_blood_drives_event_id",
                table: "blood_drives",
                column: "event_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_blood_eligibility_rule_sets_association_id_transfusion_cent",
                table: "blood_eligibility_rule_sets",
                columns: new[] { "association_id", "transfusion_centre", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_blood_pickup_points_association_id_city",
                table: "blood_pickup_points",
                columns: new[] { "association_id", "city" });

            migrationBuilder.CreateIndex(
                name: "ix_transport_runs_slot_id_leg",
                table: "transport_runs",
                columns: new[] { "slot_id", "leg" });

            migrationBuilder.CreateIndex(
                name: "ix_transport_runs_vehicle_id",
                table: "transport_runs",
                column: "vehicle_id");

            // A vehicle is never on two overlapping live runs: an exclusion constraint on its time range (btree_gist
            // lets the uuid take part in the GiST index), so two concurrent plans cannot both pass a check.
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS btree_gist;");
            migrationBuilder.Sql("""
                ALTER TABLE transport_runs ADD CONSTRAINT ex_transport_runs_vehicle_no_overlap
                EXCLUDE USING gist (vehicle_id WITH =, tstzrange(departs_at, arrives_at, '[)') WITH &&) WHERE (cancelled_at IS NULL);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "blood_donor_bookings");

            migrationBuilder.DropTable(
                name: "blood_eligibility_rule_sets");

            migrationBuilder.DropTable(
                name: "blood_donors");

            migrationBuilder.DropTable(
                name: "blood_pickup_points");

            migrationBuilder.DropTable(
                name: "transport_runs");

            migrationBuilder.DropTable(
                name: "blood_drive_slots");

            migrationBuilder.DropTable(
                name: "blood_vehicles");

            migrationBuilder.DropTable(
                name: "blood_drive_sites");

            migrationBuilder.DropTable(
                name: "blood_drives");

            migrationBuilder.DropColumn(
                name: "direct_recipient",
                table: "notifications");

            migrationBuilder.DropColumn(
                name: "direct_text",
                table: "notifications");

            migrationBuilder.AlterColumn<Guid>(
                name: "registration_id",
                table: "notifications",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uuid",
                oldNullable: true);
        }
    }
}
