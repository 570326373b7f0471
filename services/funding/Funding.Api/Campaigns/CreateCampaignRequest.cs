using FluentValidation;
using PatientNetwork.Funding.Programmes;

namespace PatientNetwork.Funding.Campaigns;

/// <summary>A new campaign: its goal in centimes MAD and the dates it runs (inclusive).</summary>
public sealed record CreateCampaignRequest(string? Name, string? Description, long? GoalCentimes, string? Currency, DateOnly? StartsOn, DateOnly? EndsOn);

public sealed class CreateCampaignRequestValidator : AbstractValidator<CreateCampaignRequest>
{
    public CreateCampaignRequestValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(200);
        RuleFor(r => r.Description).MaximumLength(2000);
        RuleFor(r => r.GoalCentimes).MustBeAmount();
        RuleFor(r => r.Currency).MustBeMad();
        RuleFor(r => r.StartsOn).NotNull();
        RuleFor(r => r.EndsOn).NotNull().GreaterThanOrEqualTo(r => r.StartsOn).WithMessage("A campaign ends on or after the day it starts.");
    }
}
