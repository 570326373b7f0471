using PatientNetwork.Funding.Ledger;

namespace PatientNetwork.Funding.Payouts;

/// <summary>
/// A batch of approved claims paid together to pharmacies or families by one method, exported
/// as a CSV for the bank or the treasurer. Each claim is paid, or returned as failed, one by one;
/// the run completes when none is left waiting.
/// </summary>
public sealed class PayoutRun
{
    private PayoutRun()
    {
    }

    public Guid Id { get; private set; }

    public string AssociationId { get; private set; } = "";

    public string IdempotencyKey { get; private set; } = "";

    public PayoutPayee Payee { get; private set; }

    public PayoutMethod Method { get; private set; }

    public PayoutRunStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTimeOffset? CompletedAt { get; private set; }

    public List<Guid> ClaimIds { get; private set; } = [];

    public uint Version { get; private set; }

    /// <summary>The ledger account the money leaves from.</summary>
    public string SourceAccountCode => Method == PayoutMethod.Cash ? LedgerAccountCodes.Cash : LedgerAccountCodes.Bank;

    public static PayoutRun Create(string associationId, string idempotencyKey, PayoutPayee payee, PayoutMethod method, IReadOnlyList<Guid> claimIds, string by, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        AssociationId = associationId,
        IdempotencyKey = idempotencyKey,
        Payee = payee,
        Method = method,
        Status = PayoutRunStatus.Open,
        CreatedAt = now,
        CreatedBy = by,
        ClaimIds = claimIds.ToList(),
    };

    /// <summary>Completes the run once no claim in it waits for payment; returns whether it completed now.</summary>
    public bool CompleteIfSettled(int claimsStillScheduled, DateTimeOffset now)
    {
        if (Status == PayoutRunStatus.Completed || claimsStillScheduled > 0)
        {
            return false;
        }

        Status = PayoutRunStatus.Completed;
        CompletedAt = now;
        return true;
    }
}
