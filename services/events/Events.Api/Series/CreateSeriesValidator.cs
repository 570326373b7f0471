using FluentValidation;
using PatientNetwork.Events.Places;

namespace PatientNetwork.Events.Series;

public sealed class CreateSeriesValidator : AbstractValidator<CreateSeriesRequest>
{
    public CreateSeriesValidator(EventCities cities)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(r => r.Title).NotEmpty().MinimumLength(3).MaximumLength(200);
        RuleFor(r => r.Kind).NotNull().IsInEnum();
        RuleFor(r => r.Audience).IsInEnum();
        RuleFor(r => r.City).NotEmpty().MaximumLength(100).Must(city => cities.CodeOf(city) is not null).WithMessage(EventCities.Message);
        RuleFor(r => r.Venue).MaximumLength(200);
        RuleFor(r => r.RecurrenceRule).NotEmpty().MaximumLength(300)
            .Must(rule => SeriesCalendar.TryParseRule(rule, out _)).WithMessage("Not an iCalendar recurrence rule (e.g. FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=22).");
        RuleFor(r => r.FirstStartsLocal).NotNull()
            .Must(start => start!.Value.Year is >= 2000 and <= 2100).WithMessage("The first edition is between 2000 and 2100.");
        RuleFor(r => r.DurationMinutes).NotNull().InclusiveBetween(15, 24 * 60 * 7);
    }
}
