using FluentValidation;
using PatientNetwork.Protection;

namespace PatientNetwork.Funding.Donors;

/// <summary>
/// A new donor. <c>confirmNotDuplicate</c>: create even though donors with the same phone, email or a similar
/// name exist (the 409 listed them and the staff member checked they are other people).
/// </summary>
public sealed record CreateDonorRequest(
    DonorKind? Kind, string? Name, string? Phone, string? Email, string? Address,
    bool WishesAnonymity, bool ThankPublicly, string? PublicName, bool ConsentToContact, bool ConfirmNotDuplicate);

public sealed class CreateDonorRequestValidator : AbstractValidator<CreateDonorRequest>
{
    public CreateDonorRequestValidator()
    {
        RuleFor(r => r.Kind).NotNull().IsInEnum();
        RuleFor(r => r.Name).NotEmpty().MaximumLength(200).Must(n => n is null || DonorNames.Fold(n).Length > 0).WithMessage("A name with at least one letter.");
        RuleFor(r => r.Phone).Must(IdentifierNormalizer.IsValidPhone).When(r => !string.IsNullOrWhiteSpace(r.Phone))
            .WithMessage("A phone number such as 0612345678 or +212612345678.");
        RuleFor(r => r.Email).EmailAddress().MaximumLength(200).When(r => !string.IsNullOrWhiteSpace(r.Email));
        RuleFor(r => r.Address).MaximumLength(500);
        RuleFor(r => r.PublicName).MaximumLength(200);
        RuleFor(r => r.ThankPublicly).Must((r, thank) => !(thank && r.WishesAnonymity))
            .WithMessage("A donor who wishes to stay anonymous cannot also be thanked publicly.");
    }
}
