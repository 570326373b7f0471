using FluentValidation;

namespace PatientNetwork.Events.Series;

public sealed class DraftEditionValidator : AbstractValidator<DraftEditionRequest>
{
    public DraftEditionValidator() => RuleFor(r => r.OccurrenceDate).NotNull();
}
