using FluentValidation;

namespace PatientNetwork.Gateway.Accounts;

public sealed class InviteStaffRequestValidator : AbstractValidator<InviteStaffRequest>
{
    public InviteStaffRequestValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(r => r.Login).StaffLogin();
        RuleFor(r => r.DisplayName).DisplayName();
        RuleFor(r => r.Roles).StaffRoles();
        RuleFor(r => r.BranchId).Branch().When(r => r.BranchId is not null);
        RuleFor(r => r.Language).Language();
    }
}
