using PatientNetwork.Partnerships.Agreements;

namespace PatientNetwork.UnitTests.Agreements;

public sealed class AgreementDraftEditTests
{
    private static readonly DateOnly Today = new(2026, 12, 3);

    [Fact]
    public void A_draft_takes_new_terms_and_keeps_its_contacts_when_none_are_given()
    {
        var agreement = AgreementTransitionTests.Draft(Today, null);

        agreement.ReviseDraft(AgreementKind.MedicalSociety, "ASID membership", Today.AddDays(1), Today.AddYears(1), ["statistics.read", "calendar.read", "calendar.read"], null);

        Assert.Equal(AgreementKind.MedicalSociety, agreement.Kind);
        Assert.Equal("ASID membership", agreement.Title);
        Assert.Equal(Today.AddDays(1), agreement.StartsOn);
        Assert.Equal(Today.AddYears(1), agreement.EndsOn);
        Assert.Equal(["calendar.read", "statistics.read"], agreement.DataShared);
        Assert.Equal("v1:protected", agreement.ProtectedContacts);
        Assert.Equal(AgreementStatus.Draft, agreement.Status);
    }

    [Fact]
    public void A_draft_edited_with_contacts_replaces_them()
    {
        var agreement = AgreementTransitionTests.Draft(Today, null);

        agreement.ReviseDraft(AgreementKind.HospitalCare, "Care", Today, null, [], "v1:other");

        Assert.Equal("v1:other", agreement.ProtectedContacts);
    }

    [Fact]
    public void An_active_agreement_refuses_an_edit_naming_its_state_and_keeps_its_terms()
    {
        var agreement = AgreementTransitionTests.Draft(Today, null, "statistics.read");
        agreement.Activate("hajar.admin", new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero), Today);

        var conflict = Assert.Throws<AgreementConflictException>(() =>
            agreement.ReviseDraft(AgreementKind.CompanySponsor, "Changed", Today, null, ["webhooks.manage"], null));

        Assert.Contains("active", conflict.Message, StringComparison.Ordinal);
        Assert.Equal(["statistics.read"], agreement.DataShared);
        Assert.Equal(AgreementKind.HospitalCare, agreement.Kind);
    }

    [Fact]
    public void A_draft_cannot_be_edited_to_end_before_it_starts()
    {
        var agreement = AgreementTransitionTests.Draft(Today, null);

        Assert.Throws<ArgumentException>(() => agreement.ReviseDraft(AgreementKind.HospitalCare, "Care", Today, Today.AddDays(-1), [], null));
        Assert.Null(agreement.EndsOn);
    }
}
