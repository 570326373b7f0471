namespace PatientNetwork.Registry.Patients;

public sealed class Treatment
{
    private Treatment()
    {
    }

    public Treatment(TreatmentKind kind, DateOnly startedOn, DateOnly? endedOn, string? outcome)
    {
        Kind = kind;
        StartedOn = startedOn;
        EndedOn = endedOn;
        Outcome = outcome;
    }

    public int Id { get; private set; }

    public TreatmentKind Kind { get; private set; }

    public DateOnly StartedOn { get; private set; }

    public DateOnly? EndedOn { get; private set; }

    /// <summary>Free text such as "engrafted" or "graft failure" after a transplant.</summary>
    public string? Outcome { get; private set; }
}
