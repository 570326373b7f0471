using FluentValidation;

namespace PatientNetwork.Funding.Equipment.Assignments;

/// <summary>
/// Equipment handed to a child: the guardian who acknowledged receiving it and when (both required), and the day it is
/// due for review (default: twelve months after the acknowledgement; children outgrow chairs).
/// </summary>
public sealed record AssignEquipmentRequest(Guid? PatientId, string? GuardianName, DateTimeOffset? AcknowledgedAt, DateOnly? ReviewOn);

/// <summary>The acknowledgement of a chair handed out on a distribution day (the child and the chair are the reservation's).</summary>
public sealed record HandOutRequest(string? GuardianName, DateTimeOffset? AcknowledgedAt, DateOnly? ReviewOn);

/// <summary>Equipment back from a child: to stock, or to repair (<c>needsRepair</c>), and what was seen.</summary>
public sealed record ReturnEquipmentRequest(bool? NeedsRepair, string? Note);

internal static class AcknowledgementRules
{
    public static void Apply<T>(AbstractValidator<T> validator, Func<T, string?> guardian, Func<T, DateTimeOffset?> acknowledgedAt, Func<T, DateOnly?> reviewOn)
    {
        validator.RuleFor(r => guardian(r)).NotEmpty().WithMessage("Name the guardian who acknowledged receiving the equipment.").MaximumLength(200).OverridePropertyName("guardianName");
        validator.RuleFor(r => acknowledgedAt(r)).NotNull().WithMessage("Say when the guardian acknowledged receiving it.")
            .Must(at => at is null || (at.Value.Year >= 2000 && at.Value.Year <= 2100)).WithMessage("A time between 2000 and 2100.").OverridePropertyName("acknowledgedAt");
        validator.RuleFor(r => reviewOn(r)).Must((r, review) => review is null || acknowledgedAt(r) is null || review.Value > DateOnly.FromDateTime(acknowledgedAt(r)!.Value.UtcDateTime))
            .WithMessage("The review comes after the equipment was handed out.")
            .Must(review => review is null || review.Value.Year <= 2100).WithMessage("A date up to 2100.").OverridePropertyName("reviewOn");
    }
}

public sealed class AssignEquipmentRequestValidator : AbstractValidator<AssignEquipmentRequest>
{
    public AssignEquipmentRequestValidator()
    {
        RuleFor(r => r.PatientId).NotNull().NotEqual(Guid.Empty);
        AcknowledgementRules.Apply(this, r => r.GuardianName, r => r.AcknowledgedAt, r => r.ReviewOn);
    }
}

public sealed class HandOutRequestValidator : AbstractValidator<HandOutRequest>
{
    public HandOutRequestValidator() => AcknowledgementRules.Apply(this, r => r.GuardianName, r => r.AcknowledgedAt, r => r.ReviewOn);
}

public sealed class ReturnEquipmentRequestValidator : AbstractValidator<ReturnEquipmentRequest>
{
    public ReturnEquipmentRequestValidator()
    {
        RuleFor(r => r.NeedsRepair).NotNull().WithMessage("Say whether it needs repair (true) or goes back to stock (false).");
        RuleFor(r => r.Note).MaximumLength(1000);
    }
}
