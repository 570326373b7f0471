using FluentValidation;

namespace PatientNetwork.Events.BloodDrives.Sites;

public sealed class SiteRequestValidator : AbstractValidator<SiteRequest>
{
    public SiteRequestValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(r => r.Name).NotEmpty().MaximumLength(200);
        RuleFor(r => r.City).NotEmpty().MaximumLength(100);
        RuleFor(r => r.WaitingRoom).NotNull().InclusiveBetween(1, 500);
        RuleFor(r => r.Chairs).NotNull().InclusiveBetween(1, 100);
        RuleFor(r => r.MinutesPerDonor).NotNull().InclusiveBetween(5, 240);
        RuleFor(r => r.SlotMinutes).NotNull().InclusiveBetween(10, 480);
        RuleFor(r => r.OpeningHours).NotEmpty().Must(h => h!.Count <= 31).WithMessage("At most 31 opening days.");
        RuleForEach(r => r.OpeningHours).NotNull().Must(h => h.Closes > h.Opens && h.Date.Year is >= 2020 and <= 2100).WithMessage("A day between 2020 and 2100 that closes after it opens.");
        RuleFor(r => r).Must(r => r.SlotMinutes is null || r.OpeningHours is null || r.OpeningHours.Any(h => h is not null && (h.Closes - h.Opens).TotalMinutes >= r.SlotMinutes))
            .WithName("openingHours").WithMessage("No opening day is long enough for one slot.");
        RuleFor(r => r).Must(r => r.WaitingRoom is null || r.Chairs is null || r.SlotMinutes is null || r.MinutesPerDonor is null
                || SlotSizing.BatchSize(r.WaitingRoom.Value, r.Chairs.Value, r.SlotMinutes.Value, r.MinutesPerDonor.Value) > 0)
            .WithName("slotMinutes").WithMessage("A slot this short takes no donor: make it at least as long as the minutes per donor.");
    }
}
