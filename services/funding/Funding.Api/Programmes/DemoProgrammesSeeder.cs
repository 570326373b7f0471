using Microsoft.EntityFrameworkCore;
using PatientNetwork.Funding.Infrastructure;
using PatientNetwork.Funding.Ledger;
using PatientNetwork.Persistence;

namespace PatientNetwork.Funding.Programmes;

/// <summary>
/// Hajar's "Médicaments DIP 80 %": 80 % of what is left after AMO, 20,000 MAD a patient a year,
/// a 1,000,000 MAD budget, with a first grant of 500,000 MAD received into its fund.
/// </summary>
internal sealed class DemoProgrammesSeeder(TimeProvider time) : IDatabaseSeeder<FundingDbContext>
{
    public const string Name = "Médicaments DIP 80 %";
    private const string GrantKey = "demo-seed:hajar-dip-80-first-grant";

    public async Task SeedAsync(FundingDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Programmes.AnyAsync(p => p.AssociationId == "hajar" && p.Name == Name, cancellationToken))
        {
            return;
        }

        var now = time.GetUtcNow();
        var ledger = new FundLedger(db, time);
        // Inside the migrator's seeding transaction: the programme, its fund and the grant commit together.
        await ledger.EnsureAssociationAccountsAsync("hajar", cancellationToken);
        var programme = CoverageProgramme.Create("hajar", new ProgrammeDefinition(
            Name, 8_000, RateBasis.RemainderAfterOtherPayer, new DateOnly(now.Year, 1, 1), null, 2_000_000, 100_000_000,
            [
                new EligibleMedicine { Name = "Immunoglobulines humaines normales", AtcCode = "J06BA" },
                new EligibleMedicine { Name = "Cotrimoxazole", AtcCode = "J01EE01", ReferenceUnitPriceCentimes = 4_000 },
                new EligibleMedicine { Name = "Antifongiques (triazolés)", AtcCode = "J02AC" },
            ],
            IsDefault: true), "demo-seed", now);
        db.Programmes.Add(programme);
        var fund = ledger.OpenProgrammeFund("hajar", programme.ProgrammeId, Name);
        await db.SaveChangesAsync(cancellationToken);
        var accounts = await ledger.LockAsync("hajar", [LedgerAccountCodes.Bank, fund.Code], cancellationToken);
        ledger.Record("hajar", GrantKey, LedgerTransactionKinds.Receipt, "Demo: first grant for the DIP medicines programme", "demo-seed", pending: false,
            [(accounts[LedgerAccountCodes.Bank], LedgerSide.Debit, 50_000_000), (accounts[fund.Code], LedgerSide.Credit, 50_000_000)]);
        await db.SaveChangesAsync(cancellationToken);
    }
}
