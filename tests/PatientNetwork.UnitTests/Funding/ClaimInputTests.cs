using PatientNetwork.Funding.Claims;
using PatientNetwork.Funding.Consents;

namespace PatientNetwork.UnitTests.Funding;

public sealed class ClaimInputTests
{
    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, "application/pdf")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0x00 }, "image/jpeg")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00 }, "image/png")]
    [InlineData(new byte[] { 0x4D, 0x5A, 0x90, 0x00 }, null)]
    [InlineData(new byte[] { 0x25, 0x50, 0x44 }, null)]
    public void An_attachment_is_what_its_first_bytes_say_not_what_its_name_says(byte[] content, string? expected) =>
        Assert.Equal(expected, AttachmentContent.Detect(content));

    [Fact]
    public void A_validated_claim_refuses_a_zero_quantity_a_future_dispensing_date_another_currency_and_an_other_payer_share_above_the_line()
    {
        var validator = new ClaimRequestValidator(FixedTime.Nov2026);
        var request = new ClaimRequest(Guid.NewGuid(), null, new PharmacyInput("Pharmacie Atlas", null, "Casablanca"), "F-1", new DateOnly(2026, 11, 1), null, "EUR",
        [
            new ClaimLineInput("IgG", "J06BA02", 0, 100, new DateOnly(2026, 11, 1), 0),
            new ClaimLineInput("IgG", "J06BA02", 1, 100, new DateOnly(2026, 12, 1), 0),
            new ClaimLineInput("IgG", "j06ba02", 1, 100, new DateOnly(2026, 11, 1), 101),
        ]);

        var errors = validator.Validate(request).ToDictionary();

        Assert.Contains("currency", errors.Keys, StringComparer.OrdinalIgnoreCase);
        Assert.Contains(errors.Keys, k => k.Contains("Lines[0].Quantity", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(errors.Keys, k => k.Contains("Lines[1].DispensedOn", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(errors.Keys, k => k.Contains("Lines[2].AtcCode", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(errors.Keys, k => k.Contains("Lines[2].OtherPayerCentimes", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_rejection_without_a_code_and_a_payout_run_without_claims_are_field_errors_not_crashes()
    {
        Assert.False(new RejectionRequestValidator().Validate(new RejectionRequest(null, null)).IsValid);
        Assert.False(new PatientNetwork.Funding.Payouts.PayoutRunRequestValidator().Validate(new PatientNetwork.Funding.Payouts.PayoutRunRequest(null, null, null)).IsValid);
    }

    [Fact]
    public void A_null_line_is_a_field_error_not_a_crash()
    {
        var request = new ClaimRequest(Guid.NewGuid(), null, new PharmacyInput("Pharmacie Atlas", null, null), "F-1", new DateOnly(2026, 11, 1), null, null, [null!]);

        var errors = new ClaimRequestValidator(FixedTime.Nov2026).Validate(request).ToDictionary();

        Assert.Contains(errors.Keys, k => k.StartsWith("Lines[0]", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Consent_on_a_dispensing_day_is_the_latest_decision_made_by_that_day_whatever_order_the_decisions_arrived_in()
    {
        var consent = MedicineFundingConsent.Undecided(Guid.NewGuid());
        consent.Decide(given: false, new DateTimeOffset(2026, 6, 1, 15, 0, 0, TimeSpan.Zero));
        consent.Decide(given: true, new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));

        Assert.True(consent.GivenOn(new DateOnly(2025, 12, 20)));
        Assert.True(consent.GivenOn(new DateOnly(2026, 5, 31)));
        Assert.False(consent.GivenOn(new DateOnly(2026, 6, 1)));
        Assert.False(consent.GivenOn(new DateOnly(2026, 9, 1)));
    }

    [Fact]
    public void A_patient_without_any_known_decision_is_covered_as_an_undecided_account_is() =>
        Assert.True(MedicineFundingConsent.Undecided(Guid.NewGuid()).GivenOn(new DateOnly(2026, 1, 1)));
}
