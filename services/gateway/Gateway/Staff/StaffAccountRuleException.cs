namespace PatientNetwork.Gateway.Staff;

/// <summary>A change an account refuses in its current state; answered 409 by <see cref="StaffAccountRuleExceptionHandler"/>, nothing saved.</summary>
public sealed class StaffAccountRuleException(string message) : Exception(message);
