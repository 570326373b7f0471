using FluentValidation;

namespace PatientNetwork.Funding.Equipment.DistributionDays;

/// <summary>A distribution day: its name ("Journée de solidarité Hajar"), date and place.</summary>
public sealed record PlanDistributionDayRequest(string? Name, DateOnly? HeldOn, string? Place);

/// <summary>A chair set aside for a child on the day.</summary>
public sealed record ReserveRequest(Guid? PatientId, Guid? ItemId);

/// <summary>Why a reserved chair was not handed out (the family did not come, the size was wrong…).</summary>
public sealed record NotHandedOutRequest(string? Reason);

public sealed class PlanDistributionDayRequestValidator : AbstractValidator<PlanDistributionDayRequest>
{
    public PlanDistributionDayRequestValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(200);
        RuleFor(r => r.HeldOn).NotNull().Must(d => d is null || (d.Value.Year >= 2000 && d.Value.Year <= 2100)).WithMessage("A date between 2000 and 2100.");
        RuleFor(r => r.Place).NotEmpty().MaximumLength(200);
    }
}

public sealed class ReserveRequestValidator : AbstractValidator<ReserveRequest>
{
    public ReserveRequestValidator()
    {
        RuleFor(r => r.PatientId).NotNull().NotEqual(Guid.Empty);
        RuleFor(r => r.ItemId).NotNull().NotEqual(Guid.Empty);
    }
}

public sealed class NotHandedOutRequestValidator : AbstractValidator<NotHandedOutRequest>
{
    public NotHandedOutRequestValidator() => RuleFor(r => r.Reason).NotEmpty().MaximumLength(1000);
}
