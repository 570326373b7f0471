using FluentValidation;

namespace PatientNetwork.Events.BloodDrives.Slots;

public sealed class SlotChangeRequestValidator : AbstractValidator<SlotChangeRequest>
{
    public SlotChangeRequestValidator() => RuleFor(r => r.Capacity).NotNull().InclusiveBetween(0, 500);
}
