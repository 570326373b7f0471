using FluentValidation;

namespace PatientNetwork.Registry.Referrals;

/// <summary>The child of the referral is already registered: this is their record.</summary>
public sealed record LinkReferralIntakeRequest(Guid? PatientId);

/// <summary>No record will be made from this referral (the family declined, could not be reached…).</summary>
public sealed record DismissReferralIntakeRequest(string? Reason);

/// <summary>Filters of the intake list: <c>?status=pending&amp;page=1&amp;pageSize=20&amp;sort=-acceptedAt</c> (oldest first by default).</summary>
public sealed record ReferralIntakeListQuery(string? Status, int? Page, int? PageSize, string? Sort);

public sealed class LinkReferralIntakeRequestValidator : AbstractValidator<LinkReferralIntakeRequest>
{
    public LinkReferralIntakeRequestValidator()
    {
        RuleFor(r => r.PatientId).NotNull().NotEqual(Guid.Empty);
    }
}

public sealed class DismissReferralIntakeRequestValidator : AbstractValidator<DismissReferralIntakeRequest>
{
    public DismissReferralIntakeRequestValidator()
    {
        RuleFor(r => r.Reason).NotEmpty().MinimumLength(10).WithMessage("Say why no record is made (at least 10 characters).").MaximumLength(ReferralIntake.MaxReasonLength);
    }
}
