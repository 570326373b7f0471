using FluentValidation;
using PatientNetwork.Funding.Programmes;

namespace PatientNetwork.Funding.Pledges;

/// <summary>
/// A pledge: a total in centimes MAD, paid <c>monthly</c> or <c>quarterly</c> from <c>firstDueOn</c>, either
/// <c>count</c> instalments or until <c>endsOn</c>. Amounts follow the remainder rule unless
/// <c>instalmentAmounts</c> gives them, which must then add up to the total exactly.
/// </summary>
public sealed record CreatePledgeRequest(
    Guid? DonorId, Guid? CampaignId, long? TotalCentimes, string? Currency, PledgeFrequency? Frequency, DateOnly? FirstDueOn, int? Count, DateOnly? EndsOn,
    IReadOnlyList<long>? InstalmentAmounts);

public sealed class CreatePledgeRequestValidator : AbstractValidator<CreatePledgeRequest>
{
    public CreatePledgeRequestValidator()
    {
        RuleFor(r => r.DonorId).NotNull().NotEqual(Guid.Empty);
        RuleFor(r => r.TotalCentimes).MustBeAmount();
        RuleFor(r => r.Currency).MustBeMad();
        RuleFor(r => r.Frequency).NotNull().IsInEnum();
        RuleFor(r => r.FirstDueOn).NotNull().Must(d => d is null || (d.Value.Year >= 2000 && d.Value.Year <= 2100)).WithMessage("A date between 2000 and 2100.");
        RuleFor(r => r.Count).Must((r, count) => (count is null) != (r.EndsOn is null)).WithMessage("Give either the number of instalments or the end date.");
        RuleFor(r => r.Count).InclusiveBetween(1, PledgeSchedule.MaxInstalments).When(r => r.Count is not null);
        RuleFor(r => r.EndsOn).Must((r, end) => end is null || r.FirstDueOn is null || PledgeSchedule.CountUntil(r.FirstDueOn.Value, end.Value, r.Frequency ?? PledgeFrequency.Monthly) is >= 1 and <= PledgeSchedule.MaxInstalments)
            .WithMessage($"The end date leaves between 1 and {PledgeSchedule.MaxInstalments} instalments.");
        RuleFor(r => r.TotalCentimes).Must((r, total) => total is null || r.Count is null || total >= r.Count).WithMessage("At least one centime per instalment.");
        RuleFor(r => r.InstalmentAmounts).Must((r, amounts) => amounts is null || amounts.Sum() == r.TotalCentimes)
            .WithMessage("The instalments must add up exactly to the total.");
        RuleFor(r => r.InstalmentAmounts).Must((r, amounts) => amounts is null || amounts.All(a => a > 0)).WithMessage("Every instalment is a positive amount.");
        RuleFor(r => r.InstalmentAmounts).Must((r, amounts) => amounts is null || r.Count is null || amounts.Count == r.Count).WithMessage("One amount per instalment.");
    }
}
