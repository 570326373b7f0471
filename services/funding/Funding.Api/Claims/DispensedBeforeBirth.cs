using PatientNetwork.Funding.Coverage;

namespace PatientNetwork.Funding.Claims;

/// <summary>
/// A medicine dispensed before the patient was born cannot be the patient's: usually a mistyped
/// date or a claim opened for the wrong child. Checked against the account's earliest possible
/// birth day, after the request's own validation (which needs no database).
/// </summary>
public static class DispensedBeforeBirth
{
    public const string Message = "Dispensed before the patient's date of birth: check the date, or whether the claim is for this patient.";

    /// <summary>The field error of every such line (<c>lines[i].dispensedOn</c>), or null when there is none.</summary>
    public static Dictionary<string, string[]>? Errors(CoverageAccount account, IReadOnlyList<ClaimLineInput> lines)
    {
        if (account.BornOnOrAfter is not { } born)
        {
            return null;
        }

        var errors = lines.Select((line, i) => (line, i))
            .Where(x => x.line.DispensedOn < born)
            .ToDictionary(x => $"lines[{x.i}].dispensedOn", _ => new[] { Message });
        return errors.Count == 0 ? null : errors;
    }
}
