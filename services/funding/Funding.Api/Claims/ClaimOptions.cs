namespace PatientNetwork.Funding.Claims;

/// <summary>Configurable rules of claim decisions (section <c>Claims</c>).</summary>
public sealed class ClaimOptions
{
    public const string Section = "Claims";

    /// <summary>A decision covering more than this (centimes) needs an admin; 5,000 MAD unless configured.</summary>
    public long AdminApprovalAboveCentimes { get; set; } = 500_000;
}
