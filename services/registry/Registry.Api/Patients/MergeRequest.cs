using FluentValidation;

namespace PatientNetwork.Registry.Patients;

public sealed record MergeRequest(Guid? DuplicateId, string? Reason);

public sealed class MergeRequestValidator : AbstractValidator<MergeRequest>
{
    public MergeRequestValidator()
    {
        RuleFor(r => r.DuplicateId).NotNull().NotEqual(Guid.Empty);
        RuleFor(r => r.Reason).NotEmpty().MinimumLength(10).WithMessage("Say why these records are the same person (at least 10 characters).").MaximumLength(500);
    }
}
