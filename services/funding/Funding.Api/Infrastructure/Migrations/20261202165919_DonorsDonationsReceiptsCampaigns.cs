using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PatientNetwork.Funding.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class DonorsDonationsReceiptsCampaigns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.CreateTable(
                name: "campaigns",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    association_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    goal_centimes = table.Column<long>(type: "bigint", nullable: false),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: false),
                    fund_account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_campaigns", x => x.id);
                    table.CheckConstraint("ck_campaigns_goal_positive", "goal_centimes > 0");
                    table.ForeignKey(
                        name: "fk_campaigns_ledger_accounts_fund_account_id",
                        column: x => x.fund_account_id,
                        principalTable: "ledger_accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "donors",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    association_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    search_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    phone_ciphertext = table.Column<string>(type: "text", nullable: true),
                    phone_index = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    email_ciphertext = table.Column<string>(type: "text", nullable: true),
                    email_index = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    address_ciphertext = table.Column<string>(type: "text", nullable: true),
                    wishes_anonymity = table.Column<bool>(type: "boolean", nullable: false),
                    thank_publicly = table.Column<bool>(type: "boolean", nullable: false),
                    public_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    consent_to_contact = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_donors", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "receipt_counters",
                columns: table => new
                {
                    association_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    last_sequence = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_receipt_counters", x => new { x.association_id, x.year });
                });

            migrationBuilder.CreateTable(
                name: "donations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    association_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    donor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    method = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    amount_centimes = table.Column<long>(type: "bigint", nullable: false),
                    cheque_number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    card_reference = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    in_kind_description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    campaign_id = table.Column<Guid>(type: "uuid", nullable: true),
                    programme_id = table.Column<Guid>(type: "uuid", nullable: true),
                    fund_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    received_on = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ledger_transaction_id = table.Column<Guid>(type: "uuid", nullable: false),
                    refund_transaction_id = table.Column<Guid>(type: "uuid", nullable: true),
                    refund_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    idempotency_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_donations", x => x.id);
                    table.CheckConstraint("ck_donations_amount_positive", "amount_centimes > 0");
                    table.ForeignKey(
                        name: "fk_donations_campaigns_campaign_id",
                        column: x => x.campaign_id,
                        principalTable: "campaigns",
                        principalColumn: "id");
                    table.ForeignKey(
                        name: "fk_donations_donors_donor_id",
                        column: x => x.donor_id,
                        principalTable: "donors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_donations_ledger_transactions_ledger_transaction_id",
                        column: x => x.ledger_transaction_id,
                        principalTable: "ledger_transactions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "receipts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    association_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    donor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    donation_id = table.Column<Guid>(type: "uuid", nullable: true),
                    donor_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    amount_centimes = table.Column<long>(type: "bigint", nullable: false),
                    gifts = table.Column<int>(type: "integer", nullable: false),
                    gift_date = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    reissues = table.Column<int>(type: "integer", nullable: false),
                    issued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    issued_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    cancel_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_receipts", x => x.id);
                    table.CheckConstraint("ck_receipts_amount_positive", "amount_centimes > 0");
                    table.ForeignKey(
                        name: "fk_receipts_donations_donation_id",
                        column: x => x.donation_id,
                        principalTable: "donations",
                        principalColumn: "id");
                    table.ForeignKey(
                        name: "fk_receipts_donors_donor_id",
                        column: x => x.donor_id,
                        principalTable: "donors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_campaigns_association_id_starts_on",
                table: "campaigns",
                columns: new[] { "association_id", "starts_on" });

            migrationBuilder.CreateIndex(
                name: "ix_campaigns_fund_account_id",
                table: "campaigns",
                column: "fund_account_id");

            migrationBuilder.CreateIndex(
                name: "ix_donations_association_id_donor_id_received_on",
                table: "donations",
                columns: new[] { "association_id", "donor_id", "received_on" });

            migrationBuilder.CreateIndex(
                name: "ix_donations_association_id_idempotency_key",
                table: "donations",
                columns: new[] { "association_id", "idempotency_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_donations_association_id_received_on",
                table: "donations",
                columns: new[] { "association_id", "received_on" });

            migrationBuilder.CreateIndex(
                name: "ix_donations_campaign_id",
                table: "donations",
                column: "campaign_id");

            migrationBuilder.CreateIndex(
                name: "ix_donations_donor_id",
                table: "donations",
                column: "donor_id");

            migrationBuilder.CreateIndex(
                name: "ix_donations_ledger_transaction_id",
                table: "donations",
                column: "ledger_transaction_id");

            migrationBuilder.CreateIndex(
                name: "ix_donors_association_id_email_index",
                table: "donors",
                columns: new[] { "association_id", "email_index" });

            migrationBuilder.CreateIndex(
                name: "ix_donors_association_id_phone_index",
                table: "donors",
                columns: new[] { "association_id", "phone_index" });

            migrationBuilder.CreateIndex(
                name: "ix_donors_search_name",
                table: "donors",
                column: "search_name")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_receipts_annual_once_per_donor_and_year",
                table: "receipts",
                columns: new[] { "association_id", "donor_id", "year" },
                unique: true,
                filter: "kind = 'Annual'");

            migrationBuilder.CreateIndex(
                name: "ix_receipts_association_id_number",
                table: "receipts",
                columns: new[] { "association_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_receipts_association_id_year_sequence",
                table: "receipts",
                columns: new[] { "association_id", "year", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_receipts_donation_id",
                table: "receipts",
                column: "donation_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_receipts_donor_id",
                table: "receipts",
                column: "donor_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "receipt_counters");

            migrationBuilder.DropTable(
                name: "receipts");

            migrationBuilder.DropTable(
                name: "donations");

            migrationBuilder.DropTable(
                name: "campaigns");

            migrationBuilder.DropTable(
                name: "donors");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");
        }
    }
}
