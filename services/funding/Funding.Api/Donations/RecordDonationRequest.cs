using FluentValidation;
using PatientNetwork.Funding.Programmes;

namespace PatientNetwork.Funding.Donations;

/// <summary>
/// A gift received. Money: <c>method</c> cash, bankTransfer, cheque (with <c>chequeNumber</c>) or card (with
/// <c>cardReference</c>), <c>amountCentimes</c> in MAD. In kind: <c>method</c> inKind, <c>inKindDescription</c>
/// and its market value as <c>amountCentimes</c>. Designated to <c>campaignId</c> or <c>programmeId</c> (at most
/// one), else unrestricted. <c>receivedOn</c> defaults to today. <c>pledgeId</c>: a payment against the donor's
/// pledge (designated as the pledge is).
/// </summary>
public sealed record RecordDonationRequest(
    Guid? DonorId, DonationMethod? Method, long? AmountCentimes, string? Currency, string? ChequeNumber, string? CardReference,
    string? InKindDescription, Guid? CampaignId, Guid? ProgrammeId, DateOnly? ReceivedOn, Guid? PledgeId = null);

/// <summary>Why a gift is given back (or was recorded wrongly: a correction is a refund, then the right gift recorded).</summary>
public sealed record RefundDonationRequest(string? Reason);

public sealed class RecordDonationRequestValidator : AbstractValidator<RecordDonationRequest>
{
    public RecordDonationRequestValidator()
    {
        RuleFor(r => r.DonorId).NotNull().NotEqual(Guid.Empty);
        RuleFor(r => r.Method).NotNull().IsInEnum();
        RuleFor(r => r.AmountCentimes).MustBeAmount();
        RuleFor(r => r.Currency).MustBeMad();
        RuleFor(r => r.ChequeNumber).NotEmpty().WithMessage("A cheque gift names the cheque's number.").MaximumLength(40).When(r => r.Method == DonationMethod.Cheque);
        RuleFor(r => r.CardReference).NotEmpty().WithMessage("A card gift names the payment's reference.").MaximumLength(40).When(r => r.Method == DonationMethod.Card);
        RuleFor(r => r.InKindDescription).NotEmpty().WithMessage("Say what was given (toys, chairs, medicines…).").MaximumLength(500).When(r => r.Method == DonationMethod.InKind);
        RuleFor(r => r.ProgrammeId).Null().When(r => r.CampaignId is not null).WithMessage("A gift is designated to a campaign or a programme, not both.");
        RuleFor(r => r.ReceivedOn).Must(d => d is null || (d.Value.Year >= 2000 && d.Value.Year <= 2100)).WithMessage("A date between 2000 and 2100.");
    }
}

public sealed class RefundDonationRequestValidator : AbstractValidator<RefundDonationRequest>
{
    public RefundDonationRequestValidator() => RuleFor(r => r.Reason).NotEmpty().MaximumLength(500);
}
