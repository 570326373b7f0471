namespace PatientNetwork.Funding.Audit;

public static class AuditActions
{
    public const string CoverageAccountRead = "coverage-account.read";
    public const string CoverageAccountsListed = "coverage-accounts.listed";
}
