namespace PatientNetwork.Partnerships.Webhooks;

/// <summary>The SSRF guard refused a URL's host: it does not resolve, or one of its addresses is not public.</summary>
public sealed class WebhookAddressRefusedException(string message) : Exception(message);
