using FluentValidation;

namespace PatientNetwork.Events.BloodDrives.Transport;

public sealed class RunRequestValidator : AbstractValidator<RunRequest>
{
    public RunRequestValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(r => r.SlotId).NotEmpty();
        RuleFor(r => r.VehicleId).NotEmpty();
        RuleFor(r => r.Leg).NotNull().IsInEnum();
        RuleFor(r => r.City).NotEmpty().MaximumLength(100);
        RuleFor(r => r.DepartsAt).NotNull().Must(d => d!.Value.Year is >= 2020 and <= 2100).WithMessage("A time between 2020 and 2100.");
        RuleFor(r => r.ArrivesAt).NotNull().GreaterThan(r => r.DepartsAt).WithMessage("A run arrives after it departs.");
        RuleFor(r => r.Stops).NotEmpty().Must(s => s!.Count <= 20).WithMessage("At most 20 stops.");
        RuleForEach(r => r.Stops).NotNull().Must((r, s) => s.PickupPointId != Guid.Empty && s.At >= r.DepartsAt && s.At <= r.ArrivesAt)
            .WithMessage("Each stop names a pickup point and a time within the run.");
    }
}
