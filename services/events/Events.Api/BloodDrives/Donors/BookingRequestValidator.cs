using FluentValidation;
using PatientNetwork.Protection;

namespace PatientNetwork.Events.BloodDrives.Donors;

public sealed class BookingRequestValidator : AbstractValidator<BookingRequest>
{
    private static readonly string[] Languages = ["ar", "fr", "en"];

    public BookingRequestValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(r => r.SlotId).NotEmpty();
        RuleFor(r => r.Name).NotEmpty().MinimumLength(2).MaximumLength(200);
        RuleFor(r => r.Phone).NotEmpty().MaximumLength(20).Must(IdentifierNormalizer.IsValidPhone).WithMessage("A Moroccan phone number, e.g. +212 6 12 34 56 78.");
        RuleFor(r => r.Sex).NotNull().IsInEnum();
        RuleFor(r => r.BirthDate).NotNull().Must(d => d!.Value.Year is >= 1900 and <= 2100).WithMessage("A birth date between 1900 and today.");
        RuleFor(r => r.LastDonationDate).Must(Plausible).WithMessage("A donation date between 1950 and 2100.").When(r => r.LastDonationDate is not null);
        RuleForEach(r => r.EarlierDonations).Must(d => Plausible(d)).WithMessage("A donation date between 1950 and 2100.");
        RuleFor(r => r.City).NotEmpty().MaximumLength(100);
        RuleFor(r => r.Language).Must(l => Languages.Contains(l)).WithMessage("The language is ar, fr or en.").When(r => r.Language is not null);
        RuleFor(r => r.WeightKg).NotNull().InclusiveBetween(20, 300);
        RuleFor(r => r.EarlierDonations).Must(d => d!.Count <= 50).WithMessage("At most 50 earlier donations.").When(r => r.EarlierDonations is not null);
    }

    private static bool Plausible(DateOnly? date) => date is null || date.Value.Year is >= 1950 and <= 2100;
}
