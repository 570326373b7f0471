using FluentValidation;

namespace PatientNetwork.Events.BloodDrives.DriveDay;

public sealed class DriveCheckInRequestValidator : AbstractValidator<DriveCheckInRequest>
{
    public DriveCheckInRequestValidator()
    {
        RuleFor(r => r.Code).NotEmpty().MaximumLength(16);
        RuleFor(r => r.Direction).IsInEnum();
    }
}
