using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PatientNetwork.Funding.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class Pledges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "pledge_id",
                table: "donations",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "pledges",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    association_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    donor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    campaign_id = table.Column<Guid>(type: "uuid", nullable: true),
                    total_centimes = table.Column<long>(type: "bigint", nullable: false),
                    frequency = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    paid_centimes = table.Column<long>(type: "bigint", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    instalments = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pledges", x => x.id);
                    table.CheckConstraint("ck_pledges_paid_within_total", "paid_centimes >= 0 AND paid_centimes <= total_centimes");
                    table.ForeignKey(
                        name: "fk_pledges_campaigns_campaign_id",
                        column: x => x.campaign_id,
                        principalTable: "campaigns",
                        principalColumn: "id");
                    table.ForeignKey(
                        name: "fk_pledges_donors_donor_id",
                        column: x => x.donor_id,
                        principalTable: "donors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_donations_pledge_id",
                table: "donations",
                column: "pledge_id");

            migrationBuilder.CreateIndex(
                name: "ix_pledges_association_id_donor_id",
                table: "pledges",
                columns: new[] { "association_id", "donor_id" });

            migrationBuilder.CreateIndex(
                name: "ix_pledges_campaign_id",
                table: "pledges",
                column: "campaign_id");

            migrationBuilder.CreateIndex(
                name: "ix_pledges_donor_id",
                table: "pledges",
                column: "donor_id");

            migrationBuilder.AddForeignKey(
                name: "fk_donations_pledges_pledge_id",
                table: "donations",
                column: "pledge_id",
                principalTable: "pledges",
                principalColumn: "id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_donations_pledges_pledge_id",
                table: "donations");

            migrationBuilder.DropTable(
                name: "pledges");

            migrationBuilder.DropIndex(
                name: "ix_donations_pledge_id",
                table: "donations");

            migrationBuilder.DropColumn(
                name: "pledge_id",
                table: "donations");
        }
    }
}
