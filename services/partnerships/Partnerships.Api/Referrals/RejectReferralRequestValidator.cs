using FluentValidation;

namespace PatientNetwork.Partnerships.Referrals;

public sealed class RejectReferralRequestValidator : AbstractValidator<RejectReferralRequest>
{
    public RejectReferralRequestValidator() => RuleFor(r => r.Reason).NotEmpty().MaximumLength(500);
}
