using FluentValidation;
using PatientNetwork.Events.BloodDrives.Donors;

namespace PatientNetwork.Events.BloodDrives.DriveDay;

public sealed class OutcomeRequestValidator : AbstractValidator<OutcomeRequest>
{
    public OutcomeRequestValidator()
    {
        RuleFor(r => r.Outcome).NotNull().IsInEnum().NotEqual(BookingOutcome.Pending);
        RuleFor(r => r.DeferredUntil).Null().When(r => r.Outcome != BookingOutcome.DeferredOnSite).WithMessage("A deferral date goes with a deferral on site.");
    }
}
