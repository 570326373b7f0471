using FluentValidation;

namespace PatientNetwork.Events.Registrations;

public sealed class PublicCodeRequestValidator : AbstractValidator<PublicCodeRequest>
{
    public PublicCodeRequestValidator() => RuleFor(r => r.Code).NotEmpty().MaximumLength(32);
}
