using PatientNetwork.Funding.Infrastructure;

namespace PatientNetwork.Funding.Claims;

/// <summary>A claim was asked for a step its current state does not allow: 409 naming that state.</summary>
public sealed class ClaimTransitionException(Guid claimId, ClaimStatus current, string action)
    : FundingConflictException(
        $"A claim that is {Kebab(current)} cannot be {action}.",
        $"Claim {claimId} is {Kebab(current)}; it cannot be {action} from this state.",
        new Dictionary<string, object?> { ["claimId"] = claimId, ["currentStatus"] = Kebab(current) })
{
    public ClaimStatus Current { get; } = current;

    internal static string Kebab(ClaimStatus status) =>
        string.Concat(status.ToString().Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : "") + char.ToLowerInvariant(c) : c.ToString()));
}
