using FluentValidation;

namespace PatientNetwork.Events.BloodDrives.Transport;

public sealed class PickupPointRequestValidator : AbstractValidator<PickupPointRequest>
{
    public PickupPointRequestValidator()
    {
        RuleFor(r => r.City).NotEmpty().MaximumLength(100);
        RuleFor(r => r.Name).NotEmpty().MaximumLength(200);
    }
}
