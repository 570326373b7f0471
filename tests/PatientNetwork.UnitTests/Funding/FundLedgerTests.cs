using PatientNetwork.Funding.Ledger;

namespace PatientNetwork.UnitTests.Funding;

public sealed class FundLedgerTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 12, 10, 0, 0, TimeSpan.Zero);

    private static LedgerAccount Fund() => LedgerAccount.Open("hajar", "programme-fund:x", "Restricted fund", LedgerAccountKind.Fund, Guid.NewGuid(), Now);

    private static LedgerAccount Payable() => LedgerAccount.Open("hajar", LedgerAccountCodes.ClaimsPayable, "Claims payable", LedgerAccountKind.Liability, null, Now);

    [Fact]
    public void A_transaction_whose_debits_and_credits_differ_is_refused() =>
        Assert.Throws<LedgerConflictException>(() => LedgerTransaction.Create("hajar", "k", "receipt", "", "admin", Now, false,
            [LedgerPosting.Of(Guid.NewGuid(), LedgerSide.Debit, 100), LedgerPosting.Of(Guid.NewGuid(), LedgerSide.Credit, 99)], null));

    [Fact]
    public void A_fund_cannot_promise_more_than_it_received_pending_reservations_included()
    {
        var fund = Fund();
        fund.Apply(LedgerSide.Credit, 1_000, pending: false);
        fund.Apply(LedgerSide.Debit, 600, pending: true);

        Assert.Throws<LedgerConflictException>(() => fund.Apply(LedgerSide.Debit, 401, pending: true));
        fund.Apply(LedgerSide.Debit, 400, pending: true);
        Assert.Equal(0, fund.Available);
        Assert.Equal(1_000, fund.Balance);
    }

    [Fact]
    public void Posting_a_reservation_moves_it_from_the_pending_to_the_posted_sums_and_voiding_drops_it()
    {
        var fund = Fund();
        var payable = Payable();
        fund.Apply(LedgerSide.Credit, 1_000, pending: false);
        fund.Apply(LedgerSide.Debit, 300, pending: true);
        payable.Apply(LedgerSide.Credit, 300, pending: true);
        fund.Apply(LedgerSide.Debit, 200, pending: true);

        fund.Resolve(LedgerSide.Debit, 300, post: true);
        payable.Resolve(LedgerSide.Credit, 300, post: true);
        fund.Resolve(LedgerSide.Debit, 200, post: false);

        Assert.Equal((300L, 0L, 700L), (fund.DebitsPosted, fund.DebitsPending, fund.Balance));
        Assert.Equal((300L, 0L), (payable.CreditsPosted, payable.CreditsPending));
    }

    [Fact]
    public void A_pending_transaction_is_resolved_once_and_a_posted_one_reversed_once()
    {
        var pending = LedgerTransaction.Create("hajar", "k1", LedgerTransactionKinds.ClaimReservation, "", "admin", Now, true,
            [LedgerPosting.Of(Guid.NewGuid(), LedgerSide.Debit, 100), LedgerPosting.Of(Guid.NewGuid(), LedgerSide.Credit, 100)], Guid.NewGuid());

        pending.Resolve(post: true, "admin", Now);
        Assert.Throws<LedgerConflictException>(() => pending.Resolve(post: false, "admin", Now));

        pending.MarkReversedBy(Guid.NewGuid());
        Assert.Throws<LedgerConflictException>(() => pending.MarkReversedBy(Guid.NewGuid()));
    }

    [Fact]
    public void A_voided_reservation_cannot_be_reversed_there_is_nothing_posted_to_undo()
    {
        var pending = LedgerTransaction.Create("hajar", "k1", LedgerTransactionKinds.ClaimReservation, "", "admin", Now, true,
            [LedgerPosting.Of(Guid.NewGuid(), LedgerSide.Debit, 100), LedgerPosting.Of(Guid.NewGuid(), LedgerSide.Credit, 100)], Guid.NewGuid());
        pending.Resolve(post: false, "admin", Now);

        Assert.Throws<LedgerConflictException>(() => pending.MarkReversedBy(Guid.NewGuid()));
    }
}
