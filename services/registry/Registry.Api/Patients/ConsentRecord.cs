namespace PatientNetwork.Registry.Patients;

/// <summary>
/// One decision about one purpose: given or withdrawn, when, recorded by whom, on what evidence.
/// Records are only ever added, so the history of a patient's consent is kept whole.
/// </summary>
public sealed class ConsentRecord
{
    private ConsentRecord()
    {
    }

    public ConsentRecord(string purpose, bool given, DateTimeOffset at, string recordedBy, string evidence)
    {
        Purpose = purpose;
        Given = given;
        At = at;
        RecordedBy = recordedBy;
        Evidence = evidence;
    }

    public int Id { get; private set; }

    public string Purpose { get; private set; } = "";

    public bool Given { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string RecordedBy { get; private set; } = "";

    /// <summary>What the decision rests on, e.g. "signed form 2026-11-23, filed in Casablanca".</summary>
    public string Evidence { get; private set; } = "";

    /// <summary>Evidence is free text that may name the family; an erasure keeps the decision and drops the text.</summary>
    public void EraseEvidence() => Evidence = ErasedEvidence;

    public const string ErasedEvidence = "(erased with the identity)";
}
