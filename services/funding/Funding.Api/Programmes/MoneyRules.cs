using FluentValidation;

namespace PatientNetwork.Funding.Programmes;

/// <summary>Rules on money and codes shared by every Funding validator, so each says the same thing everywhere.</summary>
public static class MoneyRules
{
    /// <summary>10 million MAD: more than any one amount this service handles; keeps every product within a long.</summary>
    public const long MaxAmountCentimes = 1_000_000_000;

    public const string CurrencyMessage = "Amounts are in centimes of Moroccan dirham: the currency is MAD.";

    /// <summary>ATC code of any level: A, A10, A10B, A10BA, A10BA02.</summary>
    public const string AtcPattern = "^[A-Z]([0-9]{2}([A-Z]([A-Z]([0-9]{2})?)?)?)?$";

    public static IRuleBuilderOptions<T, long?> MustBeAmount<T>(this IRuleBuilder<T, long?> rule) =>
        rule.NotNull().InclusiveBetween(1, MaxAmountCentimes).WithMessage($"An amount in centimes between 1 and {MaxAmountCentimes}.");

    public static IRuleBuilderOptions<T, string?> MustBeMad<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(currency => currency is null || currency == "MAD").WithMessage(CurrencyMessage);

    public static IRuleBuilderOptions<T, string?> MustBeAtcCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Matches(AtcPattern).WithMessage("An ATC code such as J06BA02 (any level: J, J06, J06B, J06BA, J06BA02), in capitals.");
}
