using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace PatientNetwork.Registry.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class PatientCoreDataset : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "consents_to_statistics",
                table: "patients");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "date_of_birth",
                table: "patients",
                type: "date",
                nullable: true,
                oldClrType: typeof(DateOnly),
                oldType: "date");

            migrationBuilder.AddColumn<string>(
                name: "address_ciphertext",
                table: "patients",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "age_at_diagnosis_months",
                table: "patients",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "age_at_onset_months",
                table: "patients",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "birth_year",
                table: "patients",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "cin_ciphertext",
                table: "patients",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "cin_index",
                table: "patients",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "city_code",
                table: "patients",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "date_of_death",
                table: "patients",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "first_specialised_visit_on",
                table: "patients",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "follow_up_hospital",
                table: "patients",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "mobility_need",
                table: "patients",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "phone_ciphertext",
                table: "patients",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "phone_index",
                table: "patients",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "search_name",
                table: "patients",
                type: "character varying(210)",
                maxLength: 210,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "treating_doctor",
                table: "patients",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "updated_at",
                table: "patients",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<string>(
                name: "vital_status",
                table: "patients",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "break_glass_grants",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    patient_id = table.Column<Guid>(type: "uuid", nullable: false),
                    staff_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    association_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    granted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_break_glass_grants", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "patient_consents",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    patient_id = table.Column<Guid>(type: "uuid", nullable: false),
                    purpose = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    given = table.Column<bool>(type: "boolean", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    evidence = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_patient_consents", x => new { x.patient_id, x.id });
                    table.ForeignKey(
                        name: "fk_patient_consents_patients_patient_id",
                        column: x => x.patient_id,
                        principalTable: "patients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "patient_diagnoses",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    patient_id = table.Column<Guid>(type: "uuid", nullable: false),
                    orpha_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    icd10 = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    iuis_category = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_patient_diagnoses", x => new { x.patient_id, x.id });
                    table.ForeignKey(
                        name: "fk_patient_diagnoses_patients_patient_id",
                        column: x => x.patient_id,
                        principalTable: "patients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "patient_genetic_findings",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    patient_id = table.Column<Guid>(type: "uuid", nullable: false),
                    gene = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    variant = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_patient_genetic_findings", x => new { x.patient_id, x.id });
                    table.ForeignKey(
                        name: "fk_patient_genetic_findings_patients_patient_id",
                        column: x => x.patient_id,
                        principalTable: "patients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "patient_guardians",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    patient_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    relation = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    phone_ciphertext = table.Column<string>(type: "text", nullable: true),
                    phone_index = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_patient_guardians", x => new { x.patient_id, x.id });
                    table.ForeignKey(
                        name: "fk_patient_guardians_patients_patient_id",
                        column: x => x.patient_id,
                        principalTable: "patients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "patient_treatments",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    patient_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    started_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ended_on = table.Column<DateOnly>(type: "date", nullable: true),
                    outcome = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_patient_treatments", x => new { x.patient_id, x.id });
                    table.ForeignKey(
                        name: "fk_patient_treatments_patients_patient_id",
                        column: x => x.patient_id,
                        principalTable: "patients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_patients_association_id_date_of_birth",
                table: "patients",
                columns: new[] { "association_id", "date_of_birth" });

            migrationBuilder.CreateIndex(
                name: "ix_patients_cin_index",
                table: "patients",
                column: "cin_index");

            migrationBuilder.CreateIndex(
                name: "ix_patients_phone_index",
                table: "patients",
                column: "phone_index");

            migrationBuilder.CreateIndex(
                name: "ix_patients_search_name",
                table: "patients",
                column: "search_name")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_break_glass_grants_staff_id_patient_id_expires_at",
                table: "break_glass_grants",
                columns: new[] { "staff_id", "patient_id", "expires_at" });

            migrationBuilder.CreateIndex(
                name: "ix_patient_guardians_phone_index",
                table: "patient_guardians",
                column: "phone_index");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "break_glass_grants");

            migrationBuilder.DropTable(
                name: "patient_consents");

            migrationBuilder.DropTable(
                name: "patient_diagnoses");

            migrationBuilder.DropTable(
                name: "patient_genetic_findings");

            migrationBuilder.DropTable(
                name: "patient_guardians");

            migrationBuilder.DropTable(
                name: "patient_treatments");

            migrationBuilder.DropIndex(
                name: "ix_patients_association_id_date_of_birth",
                table: "patients");

            migrationBuilder.DropIndex(
                name: "ix_patients_cin_index",
                table: "patients");

            migrationBuilder.DropIndex(
                name: "ix_patients_phone_index",
                table: "patients");

            migrationBuilder.DropIndex(
                name: "ix_patients_search_name",
                table: "patients");

            migrationBuilder.DropColumn(
                name: "address_ciphertext",
                table: "patients");

            migrationBuilder.DropColumn(
                name: "age_at_diagnosis_months",
                table: "patients");

            migrationBuilder.DropColumn(
                name: "age_at_onset_months",
                table: "patients");

            migrationBuilder.DropColumn(
                name: "birth_year",
                table: "patients");

            migrationBuilder.DropColumn(
                name: "cin_ciphertext",
                table: "patients");

            migrationBuilder.DropColumn(
                name: "cin_index",
                table: "patients");

            migrationBuilder.DropColumn(
                name: "city_code",
                table: "patients");

            migrationBuilder.DropColumn(
                name: "date_of_death",
                table: "patients");

            migrationBuilder.DropColumn(
                name: "first_specialised_visit_on",
                table: "patients");

            migrationBuilder.DropColumn(
                name: "follow_up_hospital",
                table: "patients");

            migrationBuilder.DropColumn(
                name: "mobility_need",
                table: "patients");

            migrationBuilder.DropColumn(
                name: "phone_ciphertext",
                table: "patients");

            migrationBuilder.DropColumn(
                name: "phone_index",
                table: "patients");

            migrationBuilder.DropColumn(
                name: "search_name",
                table: "patients");

            migrationBuilder.DropColumn(
                name: "treating_doctor",
                table: "patients");

            migrationBuilder.DropColumn(
                name: "updated_at",
                table: "patients");

            migrationBuilder.DropColumn(
                name: "vital_status",
                table: "patients");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "date_of_birth",
                table: "patients",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1),
                oldClrType: typeof(DateOnly),
                oldType: "date",
                oldNullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "consents_to_statistics",
                table: "patients",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }
    }
}
