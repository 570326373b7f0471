using FluentValidation;

namespace PatientNetwork.Registry.Rights;

public sealed record ErasureRequest(string? Reason);

public sealed class ErasureRequestValidator : AbstractValidator<ErasureRequest>
{
    public ErasureRequestValidator() =>
        RuleFor(r => r.Reason).NotEmpty().MinimumLength(10)
            .WithMessage("Record the request this erasure answers (who asked, when, how), at least 10 characters.")
            .MaximumLength(500);
}
