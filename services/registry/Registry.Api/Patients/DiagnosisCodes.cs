
namespace PatientNetwork.Registry.Patients;

public static class DiagnosisCodes
{
    public const string OrphaPattern = "^ORPHA:[0-9]{1,7}$";
    public const string Icd10Pattern = "^[A-Z][0-9]{2}(\\.[0-9]{1,2})?$";
    public const string HgncSymbolPattern = "^[A-Z0-9][A-Z0-9-]{0,19}$";
    public const string HgvsPattern = "^((NM|NC|NG|NR|XM|LRG)_[0-9]+(\\.[0-9]+)?:)?[cgmnpr]\\.\\S+$";
}
