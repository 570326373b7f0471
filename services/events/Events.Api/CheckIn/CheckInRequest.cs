namespace PatientNetwork.Events.CheckIn;

/// <summary>A scan at the door: the confirmation's <c>code</c>, or a <c>registrationId</c> picked from the list; <c>direction</c> entry (default) or exit.</summary>
public sealed record CheckInRequest(string? Code = null, Guid? RegistrationId = null, CheckInDirection? Direction = null);
