namespace PatientNetwork.Partnerships.Webhooks;

/// <param name="Id">The resource's id (a referral, an event, a release's version).</param>
/// <param name="Url">Its path in the public API, relative to the API's address.</param>
public sealed record WebhookPayloadData(string Id, string Url);
