using FluentValidation;

namespace PatientNetwork.Events.BloodDrives.DriveDay;

public sealed class BoardingRequestValidator : AbstractValidator<BoardingRequest>
{
    public BoardingRequestValidator()
    {
        RuleFor(r => r.Leg).NotNull().IsInEnum();
        RuleFor(r => r.Boarded).NotNull();
    }
}
