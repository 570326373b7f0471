namespace PatientNetwork.ServiceDefaults.ConditionalGet;

/// <summary>Endpoint metadata: GET answers carry an ETag and honour If-None-Match. Set with <see cref="Extensions.WithEntityTags{TBuilder}"/>.</summary>
public sealed record EntityTagged;
