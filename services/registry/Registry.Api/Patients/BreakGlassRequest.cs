using FluentValidation;

namespace PatientNetwork.Registry.Patients;

public sealed record BreakGlassRequest(string? Reason);

public sealed class BreakGlassRequestValidator : AbstractValidator<BreakGlassRequest>
{
    public BreakGlassRequestValidator() =>
        RuleFor(r => r.Reason).NotEmpty().MinimumLength(10).WithMessage("Say why you need this record now (at least 10 characters); it is kept in the audit.")
            .MaximumLength(500);
}
