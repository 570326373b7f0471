using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace PatientNetwork.Funding.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ClaimsPayoutsLedger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<DateTimeOffset>>(
                name: "given_at",
                table: "medicine_funding_consents",
                type: "timestamp with time zone[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<List<DateTimeOffset>>(
                name: "withdrawn_at",
                table: "medicine_funding_consents",
                type: "timestamp with time zone[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<string>(
                name: "diagnosis_group",
                table: "coverage_accounts",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "programme_id",
                table: "coverage_accounts",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "region_code",
                table: "coverage_accounts",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "retention_held",
                table: "coverage_accounts",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "claim_attachments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    claim_id = table.Column<Guid>(type: "uuid", nullable: false),
                    association_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    file_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    content_type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    size = table.Column<int>(type: "integer", nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false),
                    uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    uploaded_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_claim_attachments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "claims",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    association_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    branch_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    patient_id = table.Column<Guid>(type: "uuid", nullable: false),
                    programme_id = table.Column<Guid>(type: "uuid", nullable: false),
                    programme_version_id = table.Column<Guid>(type: "uuid", nullable: true),
                    programme_version = table.Column<int>(type: "integer", nullable: true),
                    region_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    diagnosis_group = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    pharmacy_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    pharmacy_ice = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: true),
                    pharmacy_city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    invoice_number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    invoice_date = table.Column<DateOnly>(type: "date", nullable: false),
                    prescription_reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    invoice_key = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    decision = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    rejection_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    rejection_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    information_requested = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    resubmission_of_id = table.Column<Guid>(type: "uuid", nullable: true),
                    resubmitted_as_id = table.Column<Guid>(type: "uuid", nullable: true),
                    payout_run_id = table.Column<Guid>(type: "uuid", nullable: true),
                    reservation_transaction_id = table.Column<Guid>(type: "uuid", nullable: true),
                    payment_transaction_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    submitted_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    decided_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    paid_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    claimed_centimes = table.Column<long>(type: "bigint", nullable: false),
                    other_payer_centimes = table.Column<long>(type: "bigint", nullable: false),
                    eligible_centimes = table.Column<long>(type: "bigint", nullable: true),
                    covered_centimes = table.Column<long>(type: "bigint", nullable: true),
                    family_share_centimes = table.Column<long>(type: "bigint", nullable: true),
                    reductions_centimes = table.Column<long>(type: "bigint", nullable: true),
                    paid_centimes = table.Column<long>(type: "bigint", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_claims", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "ledger_accounts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    association_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    programme_id = table.Column<Guid>(type: "uuid", nullable: true),
                    debits_posted = table.Column<long>(type: "bigint", nullable: false),
                    credits_posted = table.Column<long>(type: "bigint", nullable: false),
                    debits_pending = table.Column<long>(type: "bigint", nullable: false),
                    credits_pending = table.Column<long>(type: "bigint", nullable: false),
                    opened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ledger_accounts", x => x.id);
                    table.CheckConstraint("ck_ledger_accounts_fund_not_overdrawn", "kind <> 'Fund' OR debits_posted + debits_pending <= credits_posted");
                    table.CheckConstraint("ck_ledger_accounts_sums_not_negative", "debits_posted >= 0 AND credits_posted >= 0 AND debits_pending >= 0 AND credits_pending >= 0");
                });

            migrationBuilder.CreateTable(
                name: "ledger_transactions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    association_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    idempotency_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    memo = table.Column<string>(type: "character varying(1200)", maxLength: 1200, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    state = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    resolved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    resolved_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    reverses_id = table.Column<Guid>(type: "uuid", nullable: true),
                    reversed_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    claim_id = table.Column<Guid>(type: "uuid", nullable: true),
                    amount = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ledger_transactions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "patient_deaths",
                columns: table => new
                {
                    patient_id = table.Column<Guid>(type: "uuid", nullable: false),
                    association_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    date_of_death = table.Column<DateOnly>(type: "date", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_patient_deaths", x => x.patient_id);
                });

            migrationBuilder.CreateTable(
                name: "payout_runs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    association_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    idempotency_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    payee = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    method = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    claim_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_payout_runs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "programme_versions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    programme_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    association_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    rate_basis_points = table.Column<int>(type: "integer", nullable: false),
                    basis = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: true),
                    annual_cap_per_patient_centimes = table.Column<long>(type: "bigint", nullable: true),
                    annual_budget_centimes = table.Column<long>(type: "bigint", nullable: false),
                    is_default = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    superseded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    eligible_medicines = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_programme_versions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "claim_lines",
                columns: table => new
                {
                    number = table.Column<int>(type: "integer", nullable: false),
                    claim_id = table.Column<Guid>(type: "uuid", nullable: false),
                    medicine = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    atc_code = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: true),
                    quantity = table.Column<int>(type: "integer", nullable: false),
                    unit_price_centimes = table.Column<long>(type: "bigint", nullable: false),
                    dispensed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    other_payer_centimes = table.Column<long>(type: "bigint", nullable: false),
                    claimed_centimes = table.Column<long>(type: "bigint", nullable: false),
                    eligible_centimes = table.Column<long>(type: "bigint", nullable: true),
                    covered_centimes = table.Column<long>(type: "bigint", nullable: true),
                    family_share_centimes = table.Column<long>(type: "bigint", nullable: true),
                    not_eligible_centimes = table.Column<long>(type: "bigint", nullable: true),
                    above_reference_price_centimes = table.Column<long>(type: "bigint", nullable: true),
                    annual_cap_reached_centimes = table.Column<long>(type: "bigint", nullable: true),
                    budget_exhausted_centimes = table.Column<long>(type: "bigint", nullable: true),
                    not_eligible_reason = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_claim_lines", x => new { x.claim_id, x.number });
                    table.ForeignKey(
                        name: "fk_claim_lines_claims_claim_id",
                        column: x => x.claim_id,
                        principalTable: "claims",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "claim_transitions",
                columns: table => new
                {
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    claim_id = table.Column<Guid>(type: "uuid", nullable: false),
                    from = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    to = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    by_staff_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    by_login = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_claim_transitions", x => new { x.claim_id, x.sequence });
                    table.ForeignKey(
                        name: "fk_claim_transitions_claims_claim_id",
                        column: x => x.claim_id,
                        principalTable: "claims",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ledger_postings",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    transaction_id = table.Column<Guid>(type: "uuid", nullable: false),
                    account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    side = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    amount = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ledger_postings", x => x.id);
                    table.CheckConstraint("ck_ledger_postings_amount_positive", "amount > 0");
                    table.ForeignKey(
                        name: "fk_ledger_postings_ledger_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "ledger_accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_ledger_postings_ledger_transactions_transaction_id",
                        column: x => x.transaction_id,
                        principalTable: "ledger_transactions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_claim_attachments_claim_id",
                table: "claim_attachments",
                column: "claim_id");

            migrationBuilder.CreateIndex(
                name: "ix_claims_association_id_created_at",
                table: "claims",
                columns: new[] { "association_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_claims_association_id_invoice_key",
                table: "claims",
                columns: new[] { "association_id", "invoice_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_claims_association_id_patient_id",
                table: "claims",
                columns: new[] { "association_id", "patient_id" });

            migrationBuilder.CreateIndex(
                name: "ix_claims_payout_run_id",
                table: "claims",
                column: "payout_run_id");

            migrationBuilder.CreateIndex(
                name: "ix_claims_programme_id_patient_id_status",
                table: "claims",
                columns: new[] { "programme_id", "patient_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_ledger_accounts_association_id_code",
                table: "ledger_accounts",
                columns: new[] { "association_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_ledger_postings_account_id_id",
                table: "ledger_postings",
                columns: new[] { "account_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_ledger_postings_transaction_id",
                table: "ledger_postings",
                column: "transaction_id");

            migrationBuilder.CreateIndex(
                name: "ix_ledger_transactions_association_id_at",
                table: "ledger_transactions",
                columns: new[] { "association_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_ledger_transactions_association_id_idempotency_key",
                table: "ledger_transactions",
                columns: new[] { "association_id", "idempotency_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_ledger_transactions_claim_id",
                table: "ledger_transactions",
                column: "claim_id");

            migrationBuilder.CreateIndex(
                name: "ix_payout_runs_association_id_created_at",
                table: "payout_runs",
                columns: new[] { "association_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_payout_runs_association_id_idempotency_key",
                table: "payout_runs",
                columns: new[] { "association_id", "idempotency_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_programme_versions_association_id_programme_id",
                table: "programme_versions",
                columns: new[] { "association_id", "programme_id" });

            migrationBuilder.CreateIndex(
                name: "ix_programme_versions_programme_id_version",
                table: "programme_versions",
                columns: new[] { "programme_id", "version" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "claim_attachments");

            migrationBuilder.DropTable(
                name: "claim_lines");

            migrationBuilder.DropTable(
                name: "claim_transitions");

            migrationBuilder.DropTable(
                name: "ledger_postings");

            migrationBuilder.DropTable(
                name: "patient_deaths");

            migrationBuilder.DropTable(
                name: "payout_runs");

            migrationBuilder.DropTable(
                name: "programme_versions");

            migrationBuilder.DropTable(
                name: "claims");

            migrationBuilder.DropTable(
                name: "ledger_accounts");

            migrationBuilder.DropTable(
                name: "ledger_transactions");

            migrationBuilder.DropColumn(
                name: "given_at",
                table: "medicine_funding_consents");

            migrationBuilder.DropColumn(
                name: "withdrawn_at",
                table: "medicine_funding_consents");

            migrationBuilder.DropColumn(
                name: "diagnosis_group",
                table: "coverage_accounts");

            migrationBuilder.DropColumn(
                name: "programme_id",
                table: "coverage_accounts");

            migrationBuilder.DropColumn(
                name: "region_code",
                table: "coverage_accounts");

            migrationBuilder.DropColumn(
                name: "retention_held",
                table: "coverage_accounts");
        }
    }
}
