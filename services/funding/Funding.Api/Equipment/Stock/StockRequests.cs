using FluentValidation;
using PatientNetwork.Funding.Programmes;

namespace PatientNetwork.Funding.Equipment.Stock;

/// <summary>A kind of equipment and its sizes: <c>{"name": "Fauteuil roulant adapté", "sizes": ["S", "M", "L"]}</c>.</summary>
public sealed record CreateEquipmentTypeRequest(string? Name, IReadOnlyList<string>? Sizes);

/// <summary>A place equipment is kept, and its region (a Registry region code such as <c>beni-mellal-khenifra</c>).</summary>
public sealed record CreateEquipmentLocationRequest(string? Name, string? RegionCode);

/// <summary>
/// A piece of equipment entering stock. <c>source</c> purchase: <c>valueCentimes</c> is the price in MAD, debited from the
/// fund named by <c>programmeId</c> or <c>campaignId</c> (else the unrestricted fund) and paid from the bank. <c>source</c>
/// inKind: <c>valueCentimes</c> is its market value; <c>donationId</c> optionally links the in-kind gift that already put
/// that value on the ledger (nothing is posted twice).
/// </summary>
public sealed record EnterEquipmentRequest(
    Guid? TypeId, string? Size, string? SerialNumber, Guid? LocationId, EquipmentSource? Source, long? ValueCentimes, string? Currency,
    Guid? ProgrammeId, Guid? CampaignId, Guid? DonationId);

/// <summary>What happens to a piece of equipment outside an assignment.</summary>
public enum MaintenanceAction
{
    /// <summary>From stock to repair.</summary>
    SendToRepair,

    /// <summary>Back from repair to stock.</summary>
    Repaired,

    /// <summary>Out of use for good (from stock or repair).</summary>
    Retire,

    /// <summary>A look or a small fix that changes no status.</summary>
    Inspect,
}

/// <summary>A maintenance record: the action and what was done or found.</summary>
public sealed record MaintenanceRequest(MaintenanceAction? Action, string? Note);

public sealed class CreateEquipmentTypeRequestValidator : AbstractValidator<CreateEquipmentTypeRequest>
{
    public CreateEquipmentTypeRequestValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(200);
        RuleFor(r => r.Sizes).NotEmpty().WithMessage("Name the sizes it comes in (S, M, L; or one, such as \"standard\").")
            .Must(s => s is null || s.Count <= 20).WithMessage("At most 20 sizes.");
        RuleForEach(r => r.Sizes).NotEmpty().MaximumLength(20);
    }
}

public sealed class CreateEquipmentLocationRequestValidator : AbstractValidator<CreateEquipmentLocationRequest>
{
    public CreateEquipmentLocationRequestValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(200);
        RuleFor(r => r.RegionCode).NotEmpty().MaximumLength(64).Matches("^[a-z]+(-[a-z]+)*$").WithMessage("A region code in lower-case words joined by hyphens, such as beni-mellal-khenifra.");
    }
}

public sealed class EnterEquipmentRequestValidator : AbstractValidator<EnterEquipmentRequest>
{
    public EnterEquipmentRequestValidator()
    {
        RuleFor(r => r.TypeId).NotNull().NotEqual(Guid.Empty);
        RuleFor(r => r.Size).NotEmpty().MaximumLength(20);
        RuleFor(r => r.SerialNumber).NotEmpty().MaximumLength(60);
        RuleFor(r => r.LocationId).NotNull().NotEqual(Guid.Empty);
        RuleFor(r => r.Source).NotNull().IsInEnum();
        RuleFor(r => r.ValueCentimes).MustBeAmount();
        RuleFor(r => r.Currency).MustBeMad();
        RuleFor(r => r.ProgrammeId).Null().When(r => r.CampaignId is not null).WithMessage("A purchase is paid from a campaign's or a programme's fund, not both.");
        RuleFor(r => r.ProgrammeId).Null().When(r => r.Source == EquipmentSource.InKind).WithMessage("A gift in kind is paid from no fund.");
        RuleFor(r => r.CampaignId).Null().When(r => r.Source == EquipmentSource.InKind).WithMessage("A gift in kind is paid from no fund.");
        RuleFor(r => r.DonationId).Null().When(r => r.Source == EquipmentSource.Purchase).WithMessage("Only a gift in kind comes with a donation.");
    }
}

public sealed class MaintenanceRequestValidator : AbstractValidator<MaintenanceRequest>
{
    public MaintenanceRequestValidator()
    {
        RuleFor(r => r.Action).NotNull().IsInEnum();
        RuleFor(r => r.Note).NotEmpty().WithMessage("Say what was done or found.").MaximumLength(1000);
    }
}
