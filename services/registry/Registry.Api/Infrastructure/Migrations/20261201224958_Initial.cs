using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace PatientNetwork.Registry.Infrastructure.Migrations
{
    /// <summary>
    /// The whole schema in one migration, squashed before the first deployment from the migrations
    /// written during development (docs/runbook.md: local data from before needs <c>--fresh</c>).
    /// Hand-written SQL is carried over; columns are in the order those migrations left them and
    /// keep the DEFAULTs their AddColumn calls added, so a database made either way dumps the same
    /// with <c>pg_dump --schema-only</c>.
    /// </summary>
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.CreateTable(
                name: "associations",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_associations", x => x.id);
                });

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
                    patient_id = table.Column<Guid>(type: "uuid", nullable: true),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    listed_patient_ids = table.Column<Guid[]>(type: "uuid[]", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_trail", x => x.id);
                });

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
                name: "inbox_messages",
                columns: table => new
                {
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    consumer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inbox_messages", x => new { x.event_id, x.consumer });
                });

            migrationBuilder.CreateTable(
                name: "name_token_vocabulary",
                columns: table => new
                {
                    association_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    token = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_name_token_vocabulary", x => new { x.association_id, x.token });
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    payload = table.Column<string>(type: "jsonb", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    trace_parent = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    last_error = table.Column<string>(type: "text", nullable: true),
                    first_failed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    parked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "patient_imports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    association_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    content_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    row_count = table.Column<int>(type: "integer", nullable: false),
                    imported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    imported_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_patient_imports", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "patients",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    registry_id = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    association_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    branch_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    first_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    last_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    date_of_birth = table.Column<DateOnly>(type: "date", nullable: true),
                    sex = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    diagnosis_group = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    region_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    registered_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    address_ciphertext = table.Column<string>(type: "text", nullable: true),
                    age_at_diagnosis_months = table.Column<int>(type: "integer", nullable: true),
                    age_at_onset_months = table.Column<int>(type: "integer", nullable: true),
                    birth_year = table.Column<int>(type: "integer", nullable: false, defaultValue: 0),
                    cin_ciphertext = table.Column<string>(type: "text", nullable: true),
                    cin_index = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    city_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    date_of_death = table.Column<DateOnly>(type: "date", nullable: true),
                    first_specialised_visit_on = table.Column<DateOnly>(type: "date", nullable: true),
                    follow_up_hospital = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    mobility_need = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false, defaultValue: ""),
                    phone_ciphertext = table.Column<string>(type: "text", nullable: true),
                    phone_index = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    search_name = table.Column<string>(type: "character varying(210)", maxLength: 210, nullable: false, defaultValue: ""),
                    treating_doctor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0))),
                    vital_status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false, defaultValue: ""),
                    erased_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    merged_into_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_patients", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "retention_holds",
                columns: table => new
                {
                    patient_id = table.Column<Guid>(type: "uuid", nullable: false),
                    source = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    held = table.Column<bool>(type: "boolean", nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_retention_holds", x => new { x.patient_id, x.source });
                });

            migrationBuilder.CreateTable(
                name: "branches",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    association_id = table.Column<string>(type: "character varying(64)", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    region_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_branches", x => new { x.association_id, x.id });
                    table.ForeignKey(
                        name: "fk_branches_associations_association_id",
                        column: x => x.association_id,
                        principalTable: "associations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
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
                name: "patient_name_tokens",
                columns: table => new
                {
                    association_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    token = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    patient_id = table.Column<Guid>(type: "uuid", nullable: false),
                    joined = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_patient_name_tokens", x => new { x.association_id, x.token, x.patient_id });
                    table.ForeignKey(
                        name: "fk_patient_name_tokens_patients_patient_id",
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
                name: "ix_audit_trail_listed_patient_ids",
                table: "audit_trail",
                column: "listed_patient_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_audit_trail_patient_id_at",
                table: "audit_trail",
                columns: new[] { "patient_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_trail_staff_id_at",
                table: "audit_trail",
                columns: new[] { "staff_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_break_glass_grants_staff_id_patient_id_expires_at",
                table: "break_glass_grants",
                columns: new[] { "staff_id", "patient_id", "expires_at" });

            migrationBuilder.CreateIndex(
                name: "ix_inbox_messages_processed_at",
                table: "inbox_messages",
                column: "processed_at");

            migrationBuilder.CreateIndex(
                name: "ix_name_token_vocabulary_token",
                table: "name_token_vocabulary",
                column: "token")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_parked",
                table: "outbox_messages",
                column: "parked_at",
                filter: "parked_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_sent",
                table: "outbox_messages",
                column: "sent_at",
                filter: "sent_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_unsent",
                table: "outbox_messages",
                column: "occurred_at",
                filter: "sent_at IS NULL AND parked_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_patient_guardians_phone_index",
                table: "patient_guardians",
                column: "phone_index");

            migrationBuilder.CreateIndex(
                name: "ix_patient_imports_association_id_content_hash",
                table: "patient_imports",
                columns: new[] { "association_id", "content_hash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_patient_name_tokens_patient_id",
                table: "patient_name_tokens",
                column: "patient_id");

            migrationBuilder.CreateIndex(
                name: "ix_patients_association_id_birth_year",
                table: "patients",
                columns: new[] { "association_id", "birth_year" });

            migrationBuilder.CreateIndex(
                name: "ix_patients_association_id_branch_id_registered_at",
                table: "patients",
                columns: new[] { "association_id", "branch_id", "registered_at" });

            migrationBuilder.CreateIndex(
                name: "ix_patients_association_id_date_of_birth",
                table: "patients",
                columns: new[] { "association_id", "date_of_birth" });

            migrationBuilder.CreateIndex(
                name: "ix_patients_cin_index",
                table: "patients",
                column: "cin_index");

            migrationBuilder.CreateIndex(
                name: "ix_patients_listing",
                table: "patients",
                columns: new[] { "association_id", "diagnosis_group", "region_code", "registered_at", "id" },
                descending: new[] { false, false, false, true, false },
                filter: "merged_into_id IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_patients_phone_index",
                table: "patients",
                column: "phone_index");

            migrationBuilder.CreateIndex(
                name: "ix_patients_registry_id",
                table: "patients",
                column: "registry_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_patients_search_name",
                table: "patients",
                column: "search_name")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            // Carried over by hand from the PatientNameTokens migration (EF Core does not model triggers).
            // The vocabulary follows the index in the database itself, so that every writer (the
            // service, bulk COPY loads, cascading deletes) keeps it true; statement triggers with
            // transition tables cost one statement per write, not one per row.
            migrationBuilder.Sql("""
                CREATE FUNCTION name_token_vocabulary_add() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    INSERT INTO name_token_vocabulary (association_id, token)
                    SELECT DISTINCT association_id, token FROM added_tokens WHERE NOT joined
                    ON CONFLICT DO NOTHING;
                    RETURN NULL;
                END $$;

                CREATE FUNCTION name_token_vocabulary_prune() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    DELETE FROM name_token_vocabulary AS v
                    USING (SELECT DISTINCT association_id, token FROM removed_tokens) AS r
                    WHERE v.association_id = r.association_id AND v.token = r.token
                      AND NOT EXISTS (SELECT 1 FROM patient_name_tokens AS t
                                      WHERE t.association_id = r.association_id AND t.token = r.token AND NOT t.joined);
                    RETURN NULL;
                END $$;

                CREATE TRIGGER name_token_vocabulary_add AFTER INSERT ON patient_name_tokens
                    REFERENCING NEW TABLE AS added_tokens FOR EACH STATEMENT EXECUTE FUNCTION name_token_vocabulary_add();
                CREATE TRIGGER name_token_vocabulary_prune AFTER DELETE ON patient_name_tokens
                    REFERENCING OLD TABLE AS removed_tokens FOR EACH STATEMENT EXECUTE FUNCTION name_token_vocabulary_prune();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER name_token_vocabulary_prune ON patient_name_tokens;
                DROP TRIGGER name_token_vocabulary_add ON patient_name_tokens;
                DROP FUNCTION name_token_vocabulary_prune();
                DROP FUNCTION name_token_vocabulary_add();
                """);

            migrationBuilder.DropTable(
                name: "audit_trail");

            migrationBuilder.DropTable(
                name: "branches");

            migrationBuilder.DropTable(
                name: "break_glass_grants");

            migrationBuilder.DropTable(
                name: "inbox_messages");

            migrationBuilder.DropTable(
                name: "name_token_vocabulary");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "patient_consents");

            migrationBuilder.DropTable(
                name: "patient_diagnoses");

            migrationBuilder.DropTable(
                name: "patient_genetic_findings");

            migrationBuilder.DropTable(
                name: "patient_guardians");

            migrationBuilder.DropTable(
                name: "patient_imports");

            migrationBuilder.DropTable(
                name: "patient_name_tokens");

            migrationBuilder.DropTable(
                name: "patient_treatments");

            migrationBuilder.DropTable(
                name: "retention_holds");

            migrationBuilder.DropTable(
                name: "associations");

            migrationBuilder.DropTable(
                name: "patients");
        }
    }
}
