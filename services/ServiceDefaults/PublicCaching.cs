namespace PatientNetwork.ServiceDefaults;

/// <summary>
/// Endpoint metadata: the endpoint's successful responses hold no personal data and anyone may
/// cache them for <paramref name="MaxAge"/>. Set with <see cref="Extensions.CacheablePublicly{TBuilder}"/>.
/// </summary>
public sealed record PublicCaching(TimeSpan MaxAge);
