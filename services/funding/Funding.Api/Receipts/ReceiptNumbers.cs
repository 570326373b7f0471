using Microsoft.EntityFrameworkCore;
using PatientNetwork.Funding.Infrastructure;

namespace PatientNetwork.Funding.Receipts;

/// <summary>
/// Takes the next receipt number of an association and year inside the caller's transaction: one upsert that
/// increments the counter row and holds its row lock until commit (as <c>SELECT … FOR UPDATE</c> would). A
/// transaction that rolls back gives its number back with it, so the committed numbers have no gap.
/// </summary>
public static class ReceiptNumbers
{
    public static async Task<int> NextAsync(FundingDbContext db, string associationId, int year, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A receipt number is taken inside the transaction that writes the receipt.");
        }

        var next = await db.Database.SqlQuery<int>(
            $"""
            INSERT INTO receipt_counters (association_id, year, last_sequence) VALUES ({associationId}, {year}, 1)
            ON CONFLICT (association_id, year) DO UPDATE SET last_sequence = receipt_counters.last_sequence + 1
            RETURNING last_sequence AS "Value"
            """).ToListAsync(cancellationToken);
        return next[0];
    }
}
