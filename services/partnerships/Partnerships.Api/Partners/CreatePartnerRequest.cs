namespace PatientNetwork.Partnerships.Partners;

/// <summary>A new partner of the staff member's association; its calls are limited to <c>requestsPerMinute</c> (600 by default).</summary>
public sealed record CreatePartnerRequest(string? Name, PartnerKind? Kind, string? Country, int? RequestsPerMinute);
