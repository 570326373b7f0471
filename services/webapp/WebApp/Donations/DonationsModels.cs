namespace PatientNetwork.WebApp.Donations;

public sealed record DonorContacts(string? Phone, string? Email, string? Address);

public sealed record Donor(Guid Id, string Kind, string Name, bool WishesAnonymity, bool ThankPublicly, string? PublicName, bool ConsentToContact, DonorContacts? Contacts, bool ContactsHidden, DateTimeOffset CreatedAt);

public sealed record DonorCandidate(Guid Id, string Name, string Kind, IReadOnlyList<string> Reasons);

public sealed record NewDonor(string Kind, string Name, string? Phone, string? Email, string? Address, bool WishesAnonymity, bool ThankPublicly, string? PublicName, bool ConsentToContact, bool ConfirmNotDuplicate);

public sealed record Gift(Guid Id, Guid DonorId, string Method, long AmountCentimes, string Currency, string? ChequeNumber, string? CardReference, string? InKindDescription,
    Guid? CampaignId, Guid? ProgrammeId, string FundCode, DateOnly ReceivedOn, string Status, Guid? ReceiptId, string? ReceiptNumber, DateTimeOffset RecordedAt);

public sealed record NewGift(Guid DonorId, string Method, long AmountCentimes, string Currency, string? ChequeNumber, string? CardReference, string? InKindDescription, Guid? CampaignId, DateOnly? ReceivedOn);

public sealed record Receipt(Guid Id, string Number, int Year, string Kind, Guid DonorId, Guid? DonationId, string DonorName, long AmountCentimes, int Gifts, DateOnly GiftDate, string Status, bool Duplicate, int Reissues, DateTimeOffset IssuedAt);

public sealed record Campaign(Guid Id, string Name, string? Description, long GoalCentimes, DateOnly StartsOn, DateOnly EndsOn, long RaisedCentimes, int Donors, DateTimeOffset CreatedAt)
{
    public int PercentRaised => GoalCentimes <= 0 ? 0 : (int)Math.Min(100, RaisedCentimes * 100 / GoalCentimes);
}

public sealed record NewCampaign(string Name, string? Description, long GoalCentimes, string Currency, DateOnly StartsOn, DateOnly EndsOn);
