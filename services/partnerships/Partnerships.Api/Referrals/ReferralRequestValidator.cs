using FluentValidation;

namespace PatientNetwork.Partnerships.Referrals;

public sealed class ReferralRequestValidator : AbstractValidator<ReferralRequest>
{
    private static readonly string[] Sexes = ["female", "male", "unknown"];

    public ReferralRequestValidator(TimeProvider time)
    {
        RuleFor(r => r.Id).NotNull().NotEqual(Guid.Empty);
        RuleFor(r => r.DiagnosisGroup).NotEmpty().MaximumLength(64).Matches("^[a-z0-9-]+$").WithMessage("A diagnosis group is a lower-case code such as primary-immunodeficiency.");
        RuleFor(r => r.DiagnosisCode).NotEmpty().MaximumLength(32);
        RuleFor(r => r.RegionCode).NotEmpty().MaximumLength(64).Matches("^[a-z0-9-]+$").WithMessage("A region is a lower-case code such as casablanca-settat.");
        RuleFor(r => r.Urgency).NotNull().IsInEnum();
        RuleFor(r => r.FamilyConsentsToContact).Equal(true).WithMessage("The family must have agreed to be contacted by the association.");
        RuleFor(r => r.Doctor).NotNull();
        RuleFor(r => r.Doctor!.Name).NotEmpty().MaximumLength(200).When(r => r.Doctor is not null).OverridePropertyName("doctor.name");
        RuleFor(r => r.Doctor!.Contact).NotEmpty().MaximumLength(200).When(r => r.Doctor is not null).OverridePropertyName("doctor.contact");
        RuleFor(r => r.Child).NotNull();
        RuleFor(r => r.Child!.FirstName).NotEmpty().MaximumLength(100).When(r => r.Child is not null).OverridePropertyName("child.firstName");
        RuleFor(r => r.Child!.LastName).NotEmpty().MaximumLength(100).When(r => r.Child is not null).OverridePropertyName("child.lastName");
        RuleFor(r => r.Child!.BirthDate).NotNull()
            .Must(d => d <= DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime) && d >= DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddYears(-120))
            .WithMessage("The birth date must be a real date, not in the future.")
            .When(r => r.Child is not null).OverridePropertyName("child.birthDate");
        RuleFor(r => r.Child!.Sex).NotEmpty().Must(s => Sexes.Contains(s)).WithMessage("Sex is female, male or unknown.")
            .When(r => r.Child is not null).OverridePropertyName("child.sex");
        RuleFor(r => r.Family).NotNull();
        RuleFor(r => r.Family!.Phone).NotEmpty().MaximumLength(32).Matches(@"^\+?[0-9 ]{6,20}$").WithMessage("A phone number of digits, optionally with a leading +.")
            .When(r => r.Family is not null).OverridePropertyName("family.phone");
        RuleFor(r => r.Family!.Email).MaximumLength(200).EmailAddress().When(r => r.Family?.Email is not null).OverridePropertyName("family.email");
    }
}
