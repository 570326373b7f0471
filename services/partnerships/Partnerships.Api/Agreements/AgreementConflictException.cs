namespace PatientNetwork.Partnerships.Agreements;

/// <summary>An agreement asked to make a step its state does not allow; answered 409.</summary>
public sealed class AgreementConflictException(string message) : Exception(message);
