namespace PatientNetwork.Funding.Claims;

/// <summary>Coded reasons for rejecting a claim (after openIMIS's rejection reasons), with the words staff read.</summary>
public static class RejectionCodes
{
    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["patient-not-eligible"] = "The patient is not covered by the programme.",
        ["medicine-not-eligible"] = "No medicine on the invoice is covered by the programme.",
        ["missing-documents"] = "The invoice or the prescription is missing.",
        ["illegible-documents"] = "The documents cannot be read.",
        ["prescription-mismatch"] = "The invoice does not match the prescription.",
        ["duplicate"] = "The same medicines were claimed already.",
        ["outside-validity"] = "Dispensed outside the programme's validity.",
        ["nothing-covered"] = "Nothing on the claim could be covered (limits, eligibility).",
        ["other"] = "Other reason (see the explanation).",
    };

    public const string NothingCovered = "nothing-covered";
}
