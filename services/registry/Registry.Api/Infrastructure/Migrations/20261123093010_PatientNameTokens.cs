using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PatientNetwork.Registry.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class PatientNameTokens : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

            migrationBuilder.CreateIndex(
                name: "ix_name_token_vocabulary_token",
                table: "name_token_vocabulary",
                column: "token")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_patient_name_tokens_patient_id",
                table: "patient_name_tokens",
                column: "patient_id");

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
                name: "name_token_vocabulary");

            migrationBuilder.DropTable(
                name: "patient_name_tokens");
        }
    }
}
