namespace PatientNetwork.Registry.Patients;

/// <summary>A parent or guardian of a child patient. The phone is stored encrypted, with a keyed hash for duplicate checks.</summary>
public sealed class Guardian
{
    private Guardian()
    {
    }

    public Guardian(string name, GuardianRelation relation, string? phoneCiphertext, string? phoneIndex)
    {
        Name = name;
        Relation = relation;
        PhoneCiphertext = phoneCiphertext;
        PhoneIndex = phoneIndex;
    }

    public int Id { get; private set; }

    public string Name { get; private set; } = "";

    public GuardianRelation Relation { get; private set; }

    public string? PhoneCiphertext { get; private set; }

    public string? PhoneIndex { get; private set; }

    public void RewrapPhone(Func<string, string> rewrap) => PhoneCiphertext = PhoneCiphertext is null ? null : rewrap(PhoneCiphertext);
}
