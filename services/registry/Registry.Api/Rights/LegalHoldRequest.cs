using FluentValidation;

namespace PatientNetwork.Registry.Rights;

/// <summary>An admin places (<c>held: true</c>) or lifts a legal retention hold: litigation, an inquiry, a legal retention period.</summary>
public sealed record LegalHoldRequest(bool? Held, string? Reason);

public sealed class LegalHoldRequestValidator : AbstractValidator<LegalHoldRequest>
{
    public LegalHoldRequestValidator()
    {
        RuleFor(r => r.Held).NotNull().WithMessage("Say whether the record is held (true) or released (false).");
        RuleFor(r => r.Reason).NotEmpty().MinimumLength(10)
            .WithMessage("Record why (which procedure or law, who asked), at least 10 characters.")
            .MaximumLength(500);
    }
}
