namespace PatientNetwork.Partnerships.Agreements;

/// <summary>draft → active → expired (its end date passed) or terminated (ended early, with a reason).</summary>
public enum AgreementStatus
{
    Draft,
    Active,
    Expired,
    Terminated,
}
