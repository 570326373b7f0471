using FluentValidation;

namespace PatientNetwork.Gateway.Accounts;

public sealed class ChangeStaffRequestValidator : AbstractValidator<ChangeStaffRequest>
{
    public ChangeStaffRequestValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(r => r.DisplayName).DisplayName();
        RuleFor(r => r.Roles).StaffRoles();
        RuleFor(r => r.BranchId).Branch().When(r => r.BranchId is not null);
    }
}
