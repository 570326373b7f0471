using FluentValidation;

namespace PatientNetwork.Events.BloodDrives.Sites;

public sealed class DriveRequestValidator : AbstractValidator<DriveRequest>
{
    public DriveRequestValidator()
    {
        RuleFor(r => r.EventId).NotEmpty();
        RuleFor(r => r.Hospital).NotEmpty().MaximumLength(200);
        RuleFor(r => r.TransfusionCentre).NotEmpty().MaximumLength(200);
    }
}
