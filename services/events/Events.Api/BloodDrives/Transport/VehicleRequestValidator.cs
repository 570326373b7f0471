using FluentValidation;
using PatientNetwork.Protection;

namespace PatientNetwork.Events.BloodDrives.Transport;

public sealed class VehicleRequestValidator : AbstractValidator<VehicleRequest>
{
    public VehicleRequestValidator()
    {
        RuleFor(r => r.Label).NotEmpty().MaximumLength(100);
        RuleFor(r => r.Seats).NotNull().InclusiveBetween(1, 60);
        RuleFor(r => r.WheelchairPlaces).InclusiveBetween(0, 10);
        RuleFor(r => r.DriverLogin).NotEmpty().MaximumLength(100);
        RuleFor(r => r.DriverPhone).Must(IdentifierNormalizer.IsValidPhone).WithMessage("A Moroccan phone number, e.g. +212 6 12 34 56 78.").When(r => r.DriverPhone is not null);
    }
}
