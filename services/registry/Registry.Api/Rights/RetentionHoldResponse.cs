namespace PatientNetwork.Registry.Rights;

public sealed record RetentionHoldResponse(string Source, bool Held, string Reason, DateTimeOffset DecidedAt)
{
    public static RetentionHoldResponse From(RetentionHold hold) => new(hold.Source, hold.Held, hold.Reason, hold.DecidedAt);
}
