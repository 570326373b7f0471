namespace PatientNetwork.Events.BloodDrives.Eligibility;

/// <summary>The defaults with where their figures come from, and every recorded version.</summary>
public sealed record RuleSetsResponse(EligibilityRules Defaults, IReadOnlyList<EligibilityRuleSet> Versions, string DefaultsSource = EligibilityRules.DefaultsSource);
