namespace PatientNetwork.Events.BloodDrives.Eligibility;

public sealed record RuleSetsResponse(EligibilityRules Defaults, IReadOnlyList<EligibilityRuleSet> Versions);
