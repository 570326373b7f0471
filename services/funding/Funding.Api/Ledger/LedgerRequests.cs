using FluentValidation;
using PatientNetwork.Funding.Programmes;

namespace PatientNetwork.Funding.Ledger;

/// <summary>Money received: into the unrestricted fund, or a programme's restricted fund when <c>programmeId</c> is given (a grant for it).</summary>
public sealed record ReceiptRequest(long? AmountCentimes, string? Currency, Guid? ProgrammeId, ReceiptMethod? Method, string? Memo);

/// <summary>Where money was received: the bank account, or cash in hand.</summary>
public enum ReceiptMethod
{
    BankTransfer,
    Cheque,
    Cash,
}

/// <summary>Money moved between funds: from the unrestricted fund (no <c>fromProgrammeId</c>) or a programme's, to another.</summary>
public sealed record TransferRequest(long? AmountCentimes, string? Currency, Guid? FromProgrammeId, Guid? ToProgrammeId, string? Memo);

/// <summary>Why a receipt or transfer is undone.</summary>
public sealed record LedgerReversalRequest(string? Reason);

public sealed class ReceiptRequestValidator : AbstractValidator<ReceiptRequest>
{
    public ReceiptRequestValidator()
    {
        RuleFor(r => r.AmountCentimes).MustBeAmount();
        RuleFor(r => r.Currency).MustBeMad();
        RuleFor(r => r.Method).NotNull().IsInEnum();
        RuleFor(r => r.Memo).NotEmpty().WithMessage("Say where the money came from (donor, grant, campaign).").MaximumLength(500);
    }
}

public sealed class TransferRequestValidator : AbstractValidator<TransferRequest>
{
    public TransferRequestValidator()
    {
        RuleFor(r => r.AmountCentimes).MustBeAmount();
        RuleFor(r => r.Currency).MustBeMad();
        RuleFor(r => r.ToProgrammeId).Must((r, to) => to != r.FromProgrammeId).WithMessage("A transfer goes from one fund to another one.");
        RuleFor(r => r.Memo).NotEmpty().MaximumLength(500);
    }
}

public sealed class LedgerReversalRequestValidator : AbstractValidator<LedgerReversalRequest>
{
    public LedgerReversalRequestValidator() => RuleFor(r => r.Reason).NotEmpty().MaximumLength(500);
}
