using FluentValidation;
using PatientNetwork.Gateway.Staff;

namespace PatientNetwork.Gateway.Accounts;

/// <summary>One rule, one message, for every validator of account fields.</summary>
public static class StaffAccountRules
{
    public static IRuleBuilderOptions<T, string?> StaffLogin<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().Length(3, 100).Matches("^[a-zA-Z0-9][a-zA-Z0-9._@-]*$")
            .WithMessage("A login has 3 to 100 letters, digits, '.', '-', '_' or '@', and starts with a letter or digit.");

    public static IRuleBuilderOptions<T, string?> DisplayName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().MaximumLength(200).Must(name => !string.IsNullOrWhiteSpace(name)).WithMessage("A name is required.");

    public static IRuleBuilderOptions<T, IReadOnlyList<string>?> StaffRoles<T>(this IRuleBuilder<T, IReadOnlyList<string>?> rule) =>
        rule.NotEmpty().WithMessage("An account has at least one role.")
            .Must(roles => roles!.Count <= StaffRoleRules.All.Count && roles.All(r => StaffRoleRules.All.Contains(r)))
            .WithMessage($"Roles are among: {string.Join(", ", StaffRoleRules.All)}.");

    public static IRuleBuilderOptions<T, string?> Branch<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(64).Matches("^[a-z0-9][a-z0-9-]*$")
            .WithMessage("A branch is a region id such as casablanca-settat.");

    public static IRuleBuilderOptions<T, string?> Language<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(l => l is null || StaffLanguages.All.Contains(l)).WithMessage($"The language is one of: {string.Join(", ", StaffLanguages.All)}.");
}
