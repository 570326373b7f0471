using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PatientNetwork.Funding.Ledger;

internal sealed class LedgerConfiguration :
    IEntityTypeConfiguration<LedgerAccount>, IEntityTypeConfiguration<LedgerTransaction>, IEntityTypeConfiguration<LedgerPosting>
{
    public const string IdempotencyKeyIndex = "ix_ledger_transactions_association_id_idempotency_key";

    public void Configure(EntityTypeBuilder<LedgerAccount> builder)
    {
        builder.ToTable("ledger_accounts", table =>
        {
            table.HasCheckConstraint("ck_ledger_accounts_sums_not_negative", "debits_posted >= 0 AND credits_posted >= 0 AND debits_pending >= 0 AND credits_pending >= 0");
            table.HasCheckConstraint("ck_ledger_accounts_fund_not_overdrawn", "kind <> 'Fund' OR debits_posted + debits_pending <= credits_posted");
        });
        builder.HasIndex(a => new { a.AssociationId, a.Code }).IsUnique();
        builder.Property(a => a.AssociationId).HasMaxLength(64);
        builder.Property(a => a.Code).HasMaxLength(64);
        builder.Property(a => a.Name).HasMaxLength(250);
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Ignore(a => a.Balance);
        builder.Ignore(a => a.Available);
        builder.Ignore(a => a.NormalSide);
        builder.Ignore(a => a.DebitsMustNotExceedCredits);
    }

    public void Configure(EntityTypeBuilder<LedgerTransaction> builder)
    {
        builder.ToTable("ledger_transactions");
        builder.HasIndex(t => new { t.AssociationId, t.IdempotencyKey }).IsUnique().HasDatabaseName(IdempotencyKeyIndex);
        builder.HasIndex(t => new { t.AssociationId, t.At });
        builder.HasIndex(t => t.ClaimId);
        builder.Property(t => t.AssociationId).HasMaxLength(64);
        builder.Property(t => t.IdempotencyKey).HasMaxLength(200);
        builder.Property(t => t.Kind).HasMaxLength(32);
        builder.Property(t => t.Memo).HasMaxLength(1200);
        builder.Property(t => t.RecordedBy).HasMaxLength(100);
        builder.Property(t => t.ResolvedBy).HasMaxLength(100);
        builder.Property(t => t.State).HasConversion<string>().HasMaxLength(16);
        builder.HasMany(t => t.Postings).WithOne().HasForeignKey(p => p.TransactionId);
        builder.Ignore(t => t.IsPending);
    }

    public void Configure(EntityTypeBuilder<LedgerPosting> builder)
    {
        builder.ToTable("ledger_postings", table => table.HasCheckConstraint("ck_ledger_postings_amount_positive", "amount > 0"));
        builder.HasIndex(p => new { p.AccountId, p.Id });
        builder.HasOne<LedgerAccount>().WithMany().HasForeignKey(p => p.AccountId);
        builder.Property(p => p.Side).HasConversion<string>().HasMaxLength(8);
    }
}
