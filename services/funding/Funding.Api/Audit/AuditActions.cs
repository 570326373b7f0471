namespace PatientNetwork.Funding.Audit;

public static class AuditActions
{
    public const string CoverageAccountRead = "coverage-account.read";
    public const string CoverageAccountsListed = "coverage-accounts.listed";
    public const string ClaimCreated = "claim.created";
    public const string ClaimRead = "claim.read";
    public const string ClaimsListed = "claims.listed";
    public const string ClaimChanged = "claim.changed";
    public const string ClaimSimulated = "claim.simulated";
    public const string AttachmentAdded = "claim-attachment.added";
    public const string AttachmentRead = "claim-attachment.read";
    public const string StatementRead = "statement.read";
    public const string PayoutRunRead = "payout-run.read";
    public const string PayoutRunExported = "payout-run.exported";

    // Donor records: the audit row's subject ids (patient_ids column) are donor ids for these actions.
    public const string DonorCreated = "donor.created";
    public const string DonorRead = "donor.read";
    public const string DonorsListed = "donors.listed";
    public const string DonationRecorded = "donation.recorded";
    public const string DonationRefunded = "donation.refunded";
    public const string ReceiptIssued = "receipt.issued";
    public const string ReceiptRead = "receipt.read";
    public const string ReceiptChanged = "receipt.changed";
}
