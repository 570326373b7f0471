using PatientNetwork.Funding.Claims;
using PatientNetwork.Funding.Infrastructure;
using PatientNetwork.Funding.Programmes;

namespace PatientNetwork.UnitTests.Funding;

public sealed class ClaimLifecycleTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 12, 10, 0, 0, TimeSpan.Zero);
    private static readonly Actor Coordinator = new("staff-1", "hajar.coordinator", false);
    private static readonly Actor Admin = new("staff-2", "hajar.admin", true);

    private static readonly CoverageProgramme Programme = CoverageProgramme.Create("hajar", new ProgrammeDefinition(
        "DIP 80 %", 8_000, RateBasis.RemainderAfterOtherPayer, new DateOnly(2026, 1, 1), null, null, 100_000_000, [], true), "admin", Now);

    private static Claim Draft() => Claim.Create("hajar", null, Guid.NewGuid(), Programme.ProgrammeId, "casablanca-settat", "primary-immunodeficiency",
        new ClaimDraft("Pharmacie Atlas", "001234567000089", "Casablanca", "F-2026-0042", new DateOnly(2026, 3, 10), "ORD-17",
            [new LineToCover(1, "IgG", "J06BA02", 1, 100_000, new DateOnly(2026, 3, 10), 0)]),
        Coordinator, Now);

    private static Claim InReview()
    {
        var claim = Draft();
        claim.Submit(Coordinator, Now);
        claim.StartReview(Admin, Now);
        return claim;
    }

    private static ClaimCoverage Coverage(Claim claim) =>
        CoverageCalculator.Calculate(Programme.Terms, claim.Lines.Select(l => l.ToCover()).ToList(), _ => null, CoverageLimits.None(long.MaxValue));

    [Fact]
    public void A_claim_goes_from_draft_to_paid_and_every_step_is_recorded_with_who_and_why()
    {
        var claim = InReview();
        claim.RequestInformation("The prescription scan is missing.", Admin, Now);
        claim.ProvideInformation("Scan added.", Coordinator, Now);
        claim.Decide(Programme, Coverage(claim), Admin, Now, null);
        claim.ScheduleForPayout(Guid.NewGuid(), Admin, Now);
        claim.MarkPaid("VIR-991", Admin, Now);

        Assert.Equal(ClaimStatus.Paid, claim.Status);
        Assert.Equal(80_000, claim.PaidCentimes);
        Assert.Equal(
            [ClaimStatus.Draft, ClaimStatus.Submitted, ClaimStatus.InReview, ClaimStatus.InformationRequested, ClaimStatus.InReview, ClaimStatus.Approved, ClaimStatus.PayoutScheduled, ClaimStatus.Paid],
            claim.Transitions.Select(t => t.To));
        Assert.Equal("The prescription scan is missing.", claim.Transitions[3].Reason);
        Assert.Equal("hajar.admin", claim.Transitions[^1].ByLogin);
        Assert.Equal(Programme.Version, claim.ProgrammeVersion);
    }

    [Fact]
    public void A_step_the_current_state_does_not_allow_is_refused_naming_that_state()
    {
        var claim = Draft();

        var refused = Assert.Throws<ClaimTransitionException>(() => claim.MarkPaid(null, Admin, Now));

        Assert.Equal(ClaimStatus.Draft, refused.Current);
        Assert.Contains("draft", refused.Title);
        Assert.Equal("draft", refused.Extensions["currentStatus"]);
        Assert.Single(claim.Transitions);
    }

    [Fact]
    public void The_submitter_cannot_approve_their_own_claim()
    {
        var claim = InReview();

        var refused = Assert.Throws<FundingConflictException>(() => claim.Decide(Programme, Coverage(claim), Coordinator, Now, null));

        Assert.Equal(403, refused.StatusCode);
        Assert.Equal(ClaimStatus.InReview, claim.Status);
    }

    [Fact]
    public void A_decision_with_nothing_to_cover_rejects_the_claim_and_frees_its_invoice_number()
    {
        var claim = InReview();
        var nothing = new ClaimCoverage([new LineCoverage(1, 100_000, 0, 0, 0, 0, 100_000, 0, 0, 0, IneligibilityReasons.MedicineNotEligible)]);

        claim.Decide(Programme, nothing, Admin, Now, null);

        Assert.Equal(ClaimStatus.Rejected, claim.Status);
        Assert.Equal(RejectionCodes.NothingCovered, claim.RejectionCode);
        Assert.Null(claim.InvoiceKey);
    }

    [Fact]
    public void A_rejected_claim_is_resubmitted_once()
    {
        var claim = InReview();
        claim.Reject("missing-documents", "No prescription.", Admin, Now);

        claim.MarkResubmittedAs(Guid.NewGuid(), Coordinator, Now);

        Assert.Throws<FundingConflictException>(() => claim.MarkResubmittedAs(Guid.NewGuid(), Coordinator, Now));
    }

    [Fact]
    public void A_failed_payment_returns_the_claim_to_its_decision_and_out_of_the_run()
    {
        var claim = InReview();
        claim.Decide(Programme, Coverage(claim), Admin, Now, null);
        claim.ScheduleForPayout(Guid.NewGuid(), Admin, Now);

        claim.PaymentFailed("Account closed", Admin, Now);

        Assert.Equal(ClaimStatus.Approved, claim.Status);
        Assert.Null(claim.PayoutRunId);
        claim.ScheduleForPayout(Guid.NewGuid(), Admin, Now);
        Assert.Equal(ClaimStatus.PayoutScheduled, claim.Status);
    }

    [Fact]
    public void A_claim_in_a_payout_run_cannot_be_reversed_until_its_payment_is_settled()
    {
        var claim = InReview();
        claim.Decide(Programme, Coverage(claim), Admin, Now, null);
        claim.ScheduleForPayout(Guid.NewGuid(), Admin, Now);

        Assert.Throws<ClaimTransitionException>(() => claim.Reverse("mistake", Admin, Now));
    }

    [Fact]
    public void The_same_pharmacy_is_recognised_by_its_ICE_or_by_its_name_and_city_whatever_the_case()
    {
        var line = new List<LineToCover> { new(1, "IgG", null, 1, 1, new DateOnly(2026, 3, 1), 0) };
        var byIce = new ClaimDraft("Pharmacie Atlas", "001234567000089", null, "F-1", new DateOnly(2026, 3, 1), null, line);
        var byIceOtherName = byIce with { PharmacyName = "Atlas" };
        var byName = new ClaimDraft("Pharmacie Atlas ", null, "Casablanca", "f-1", new DateOnly(2026, 3, 1), null, line);
        var byNameUpper = byName with { PharmacyName = "PHARMACIE ATLAS", PharmacyCity = "casablanca", InvoiceNumber = "F-1" };

        Assert.Equal(byIce.InvoiceKey, byIceOtherName.InvoiceKey);
        Assert.Equal(byName.InvoiceKey, byNameUpper.InvoiceKey);
        Assert.NotEqual(byName.InvoiceKey, (byName with { PharmacyCity = "Rabat" }).InvoiceKey);
    }
}
