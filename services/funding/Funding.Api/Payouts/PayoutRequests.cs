using FluentValidation;

namespace PatientNetwork.Funding.Payouts;

/// <summary>A payout run: approved claims paid to their pharmacies or families by one method.</summary>
public sealed record PayoutRunRequest(PayoutPayee? Payee, PayoutMethod? Method, List<Guid>? ClaimIds);

/// <summary>The bank's or treasurer's reference of a payment (transfer id, cheque number, receipt).</summary>
public sealed record PaymentRequest(string? Reference);

/// <summary>Why a payment did not go through (account closed, cheque returned).</summary>
public sealed record PaymentFailureRequest(string? Reason);

public sealed class PayoutRunRequestValidator : AbstractValidator<PayoutRunRequest>
{
    public const int MaxClaims = 500;

    public PayoutRunRequestValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(r => r.Payee).NotNull().IsInEnum();
        RuleFor(r => r.Method).NotNull().IsInEnum();
        RuleFor(r => r.ClaimIds).NotEmpty().WithMessage("A payout run pays at least one approved claim.")
            .Must(ids => ids!.Count <= MaxClaims).WithMessage($"At most {MaxClaims} claims in one run.")
            .Must(ids => ids!.Distinct().Count() == ids!.Count).WithMessage("Each claim once.");
    }
}

public sealed class PaymentRequestValidator : AbstractValidator<PaymentRequest>
{
    public PaymentRequestValidator() => RuleFor(r => r.Reference).MaximumLength(200);
}

public sealed class PaymentFailureRequestValidator : AbstractValidator<PaymentFailureRequest>
{
    public PaymentFailureRequestValidator() => RuleFor(r => r.Reason).NotEmpty().MaximumLength(500);
}
