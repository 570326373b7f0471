using Microsoft.Extensions.Localization;
using PatientNetwork.WebApp.Localization;

namespace PatientNetwork.WebApp.Donations;

/// <summary>A donor's wishes on being named and contacted, in one line of the user's language.</summary>
public static class DonorWishes
{
    public static string Describe(Donor donor, IStringLocalizer<Texts> t)
    {
        var naming = donor.WishesAnonymity ? t["Gifts_Anonymous"].Value
            : donor.ThankPublicly ? t["Gifts_ThankedPublicly", donor.PublicName ?? donor.Name].Value
            : t["Gifts_NotNamed"].Value;
        return donor.ConsentToContact ? $"{naming} · {t["Gifts_MayContact"].Value}" : naming;
    }
}
