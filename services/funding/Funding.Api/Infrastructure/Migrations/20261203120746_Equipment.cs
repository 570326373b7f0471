using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PatientNetwork.Funding.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class Equipment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "distribution_days",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    association_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    held_on = table.Column<DateOnly>(type: "date", nullable: false),
                    place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_distribution_days", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "equipment_locations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    association_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    region_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_equipment_locations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "equipment_types",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    association_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    sizes = table.Column<List<string>>(type: "text[]", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_equipment_types", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "patient_mobility",
                columns: table => new
                {
                    patient_id = table.Column<Guid>(type: "uuid", nullable: false),
                    association_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    branch_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    region_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    mobility_need = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    need_since = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    deceased = table.Column<bool>(type: "boolean", nullable: false),
                    observed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_patient_mobility", x => x.patient_id);
                });

            migrationBuilder.CreateTable(
                name: "equipment_items",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    association_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    type_id = table.Column<Guid>(type: "uuid", nullable: false),
                    size = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    serial_number = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    location_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    status_since = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    value_centimes = table.Column<long>(type: "bigint", nullable: false),
                    fund_code = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ledger_transaction_id = table.Column<Guid>(type: "uuid", nullable: true),
                    donation_id = table.Column<Guid>(type: "uuid", nullable: true),
                    idempotency_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    entered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    entered_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_equipment_items", x => x.id);
                    table.CheckConstraint("ck_equipment_items_value_not_negative", "value_centimes >= 0");
                    table.ForeignKey(
                        name: "fk_equipment_items_equipment_locations_location_id",
                        column: x => x.location_id,
                        principalTable: "equipment_locations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_equipment_items_equipment_types_type_id",
                        column: x => x.type_id,
                        principalTable: "equipment_types",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "distribution_reservations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    day_id = table.Column<Guid>(type: "uuid", nullable: false),
                    association_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    item_id = table.Column<Guid>(type: "uuid", nullable: false),
                    patient_id = table.Column<Guid>(type: "uuid", nullable: false),
                    region_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    assignment_id = table.Column<Guid>(type: "uuid", nullable: true),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    reserved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    resolved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_distribution_reservations", x => x.id);
                    table.ForeignKey(
                        name: "fk_distribution_reservations_distribution_days_day_id",
                        column: x => x.day_id,
                        principalTable: "distribution_days",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_distribution_reservations_equipment_items_item_id",
                        column: x => x.item_id,
                        principalTable: "equipment_items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "equipment_assignments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    association_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    item_id = table.Column<Guid>(type: "uuid", nullable: false),
                    patient_id = table.Column<Guid>(type: "uuid", nullable: false),
                    branch_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    region_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    guardian_name_ciphertext = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    acknowledged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    review_on = table.Column<DateOnly>(type: "date", nullable: false),
                    distribution_day_id = table.Column<Guid>(type: "uuid", nullable: true),
                    assigned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    assigned_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    returned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    returned_for_repair = table.Column<bool>(type: "boolean", nullable: true),
                    return_note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_equipment_assignments", x => x.id);
                    table.ForeignKey(
                        name: "fk_equipment_assignments_equipment_items_item_id",
                        column: x => x.item_id,
                        principalTable: "equipment_items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "equipment_maintenance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    item_id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    from = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    to = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_equipment_maintenance", x => x.id);
                    table.ForeignKey(
                        name: "fk_equipment_maintenance_equipment_items_item_id",
                        column: x => x.item_id,
                        principalTable: "equipment_items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_distribution_days_association_id_held_on",
                table: "distribution_days",
                columns: new[] { "association_id", "held_on" });

            migrationBuilder.CreateIndex(
                name: "ix_distribution_reservations_day_id_patient_id",
                table: "distribution_reservations",
                columns: new[] { "day_id", "patient_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_distribution_reservations_item_id_open",
                table: "distribution_reservations",
                column: "item_id",
                unique: true,
                filter: "outcome = 'Reserved'");

            migrationBuilder.CreateIndex(
                name: "ix_equipment_assignments_association_id_patient_id",
                table: "equipment_assignments",
                columns: new[] { "association_id", "patient_id" });

            migrationBuilder.CreateIndex(
                name: "ix_equipment_assignments_item_id_open",
                table: "equipment_assignments",
                column: "item_id",
                unique: true,
                filter: "returned_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_equipment_items_association_id_idempotency_key",
                table: "equipment_items",
                columns: new[] { "association_id", "idempotency_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_equipment_items_association_id_serial_number",
                table: "equipment_items",
                columns: new[] { "association_id", "serial_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_equipment_items_association_id_status",
                table: "equipment_items",
                columns: new[] { "association_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_equipment_items_location_id",
                table: "equipment_items",
                column: "location_id");

            migrationBuilder.CreateIndex(
                name: "ix_equipment_items_type_id",
                table: "equipment_items",
                column: "type_id");

            migrationBuilder.CreateIndex(
                name: "ix_equipment_locations_association_id_name",
                table: "equipment_locations",
                columns: new[] { "association_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_equipment_maintenance_item_id_at",
                table: "equipment_maintenance",
                columns: new[] { "item_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_equipment_types_association_id_name",
                table: "equipment_types",
                columns: new[] { "association_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_patient_mobility_association_id_need_since",
                table: "patient_mobility",
                columns: new[] { "association_id", "need_since" },
                filter: "need_since IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "distribution_reservations");

            migrationBuilder.DropTable(
                name: "equipment_assignments");

            migrationBuilder.DropTable(
                name: "equipment_maintenance");

            migrationBuilder.DropTable(
                name: "patient_mobility");

            migrationBuilder.DropTable(
                name: "distribution_days");

            migrationBuilder.DropTable(
                name: "equipment_items");

            migrationBuilder.DropTable(
                name: "equipment_locations");

            migrationBuilder.DropTable(
                name: "equipment_types");
        }
    }
}
