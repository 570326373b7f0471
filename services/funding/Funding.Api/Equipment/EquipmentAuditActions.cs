namespace PatientNetwork.Funding.Equipment;

/// <summary>Audit actions of equipment records about children; the audit row's subject ids are patient ids.</summary>
public static class EquipmentAuditActions
{
    public const string Assigned = "equipment.assigned";
    public const string Returned = "equipment.returned";
    public const string AssignmentRead = "equipment-assignment.read";
    public const string AssignmentsListed = "equipment-assignments.listed";
    public const string WaitingListRead = "equipment-waiting-list.read";
    public const string Reserved = "equipment.reserved";
    public const string ReservationSettled = "equipment-reservation.settled";
    public const string DistributionDayRead = "distribution-day.read";
}
