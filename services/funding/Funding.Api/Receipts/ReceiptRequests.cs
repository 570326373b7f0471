using FluentValidation;

namespace PatientNetwork.Funding.Receipts;

/// <summary>The annual receipt of one donor's gifts of one year (each gift counted once; refunded gifts not at all).</summary>
public sealed record AnnualReceiptRequest(Guid? DonorId, int? Year);

/// <summary>Why a receipt is cancelled; it keeps its number, marked cancelled.</summary>
public sealed record CancelReceiptRequest(string? Reason);

public sealed class AnnualReceiptRequestValidator : AbstractValidator<AnnualReceiptRequest>
{
    public AnnualReceiptRequestValidator()
    {
        RuleFor(r => r.DonorId).NotNull().NotEqual(Guid.Empty);
        RuleFor(r => r.Year).NotNull().InclusiveBetween(2000, 2100);
    }
}

public sealed class CancelReceiptRequestValidator : AbstractValidator<CancelReceiptRequest>
{
    public CancelReceiptRequestValidator() => RuleFor(r => r.Reason).NotEmpty().MaximumLength(500);
}
