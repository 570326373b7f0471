namespace PatientNetwork.Gateway;

/// <summary>Marks the Gateway assembly for hosts and tests (every service's Program is named Program).</summary>
public sealed class GatewayApp;
