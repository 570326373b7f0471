namespace PatientNetwork.Funding.Equipment.Needs;

/// <summary>
/// The Registry's mobility needs as its events spell them. Funding hands equipment only to a child whose
/// need is known and is not <see cref="None"/>; a null need (a message from before the field existed) is unknown.
/// </summary>
public static class MobilityNeeds
{
    public const string None = "none";
    public const string WalkingAid = "walking-aid";
    public const string Wheelchair = "wheelchair";
    public const string Bedridden = "bedridden";

    public static bool Qualifies(string? need) => need is WalkingAid or Wheelchair or Bedridden;
}
