using PatientNetwork.Contracts;
using PatientNetwork.Registry.Patients;
using PatientNetwork.Registry.ReferenceData;
using PatientNetwork.Registry.Search;

namespace PatientNetwork.Benchmarks.Data;

/// <summary>One generated patient with its owned rows, in the Registry's stored form (enums as their names).</summary>
public sealed record PatientRow(
    Guid Id,
    string RegistryId,
    string AssociationId,
    string? BranchId,
    string FirstName,
    string LastName,
    string SearchName,
    DateOnly? DateOfBirth,
    int BirthYear,
    string Sex,
    string VitalStatus,
    DateOnly? DateOfDeath,
    DateOnly? FirstSpecialisedVisitOn,
    int? AgeAtOnsetMonths,
    int? AgeAtDiagnosisMonths,
    string DiagnosisGroup,
    string RegionCode,
    string? CityCode,
    string? FollowUpHospital,
    string? TreatingDoctor,
    string MobilityNeed,
    ProtectedIdentity Identity,
    DateTimeOffset RegisteredAt,
    string RegisteredBy,
    IReadOnlyList<ConsentRow> Consents,
    IReadOnlyList<Guardian> Guardians,
    IReadOnlyList<DiagnosisRow> Diagnoses);

public sealed record ConsentRow(string Purpose, bool Given, DateTimeOffset At, string RecordedBy, string Evidence);

public sealed record DiagnosisRow(string? OrphaCode, string? Icd10, string? IuisCategory, DateTimeOffset RecordedAt, string RecordedBy);

/// <summary>
/// Deterministic (seeded) synthetic patients shaped like the two associations' registries: Hajar
/// (mostly children with primary immunodeficiencies) and AMAL (leukemia, with its
/// Casablanca-Settat and Marrakech-Safi branches). Registration times increase with the patient
/// number, so ids (UUIDv7 of the registration time, as the service makes them) arrive in order.
/// </summary>
public sealed class SyntheticPatients
{
    public const string Hajar = "hajar";
    public const string Amal = "amal";

    private const string PseudonymAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private static readonly DateTimeOffset FirstRegistration = new(2008, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly EarliestBirth = new(1950, 1, 1);

    /// <summary>Population share of each region (2014 census, rounded); AMAL's branches are the two regions it has.</summary>
    private static readonly Dictionary<string, double> RegionWeights = new(StringComparer.Ordinal)
    {
        ["casablanca-settat"] = 20.3,
        ["rabat-sale-kenitra"] = 13.5,
        ["marrakech-safi"] = 13.4,
        ["fes-meknes"] = 12.5,
        ["tanger-tetouan-al-hoceima"] = 10.5,
        ["souss-massa"] = 8.1,
        ["beni-mellal-khenifra"] = 7.4,
        ["oriental"] = 6.8,
        ["draa-tafilalet"] = 4.8,
        ["guelmim-oued-noun"] = 1.3,
        ["laayoune-sakia-el-hamra"] = 1.1,
        ["dakhla-oued-ed-dahab"] = 0.4,
    };

    private static readonly Dictionary<string, string[]> Hospitals = new(StringComparer.Ordinal)
    {
        ["casablanca-settat"] = ["CHU Ibn Rochd", "Hôpital d'Enfants Abderrahim Harouchi", "Hôpital Cheikh Khalifa"],
        ["rabat-sale-kenitra"] = ["CHU Ibn Sina", "Hôpital d'Enfants de Rabat", "Institut National d'Oncologie"],
        ["marrakech-safi"] = ["CHU Mohammed VI Marrakech", "Hôpital Mère-Enfant Marrakech"],
        ["fes-meknes"] = ["CHU Hassan II Fès", "Hôpital Mohammed V Meknès"],
        ["tanger-tetouan-al-hoceima"] = ["CHU Tanger-Tétouan-Al Hoceïma", "Hôpital Mohammed V Tanger"],
        ["oriental"] = ["CHU Mohammed VI Oujda"],
        ["souss-massa"] = ["CHU Souss-Massa", "Hôpital Hassan II Agadir"],
    };

    private readonly Random random;
    private readonly NamePicker names;
    private readonly PatientIdentityProtector protector;
    private readonly (string Code, string[] Cities)[] regions;
    private readonly double[] regionCumulative;
    private readonly Dictionary<string, Diagnosis[]> diagnosesByGroup;
    private readonly HashSet<string> registryIds = new(StringComparer.Ordinal);
    private readonly int count;
    private readonly DateTimeOffset lastRegistration;

    public SyntheticPatients(int count, int seed, ReferenceCatalog catalog, PatientIdentityProtector protector, DateTimeOffset now)
    {
        this.count = count;
        this.protector = protector;
        random = new Random(seed);
        names = new NamePicker(random);
        lastRegistration = now.AddDays(-1);
        regions = catalog.Regions.Select(r => (r.Code, r.Cities.Select(c => c.Code).ToArray())).ToArray();
        regionCumulative = new double[regions.Length];
        var total = 0.0;
        for (var i = 0; i < regions.Length; i++)
        {
            total += RegionWeights.GetValueOrDefault(regions[i].Code, 1.0);
            regionCumulative[i] = total;
        }

        for (var i = 0; i < regions.Length; i++)
        {
            regionCumulative[i] /= total;
        }

        diagnosesByGroup = catalog.Diagnoses.GroupBy(d => d.Group, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    public Random Random => random;

    public NamePicker Names => names;

    /// <summary>The patient number <paramref name="index"/> (0-based); call in increasing order.</summary>
    public PatientRow Next(int index)
    {
        var span = lastRegistration - FirstRegistration;
        var registeredAt = FirstRegistration + (span * ((index + random.NextDouble()) / count));
        registeredAt = new DateTimeOffset(registeredAt.Ticks - (registeredAt.Ticks % TimeSpan.TicksPerMicrosecond), TimeSpan.Zero);
        var registeredOn = DateOnly.FromDateTime(registeredAt.UtcDateTime);

        var association = random.NextDouble() < 0.55 ? Hajar : Amal;
        var diagnosisGroup = association == Hajar
            ? Pick((0.70, DiagnosisGroups.PrimaryImmunodeficiency), (0.15, DiagnosisGroups.Leukemia), (0.15, DiagnosisGroups.OtherRareDisease))
            : Pick((0.85, DiagnosisGroups.Leukemia), (0.15, DiagnosisGroups.OtherRareDisease));
        var (regionCode, cities) = PickRegion();
        string? branch = association == Amal && regionCode is "casablanca-settat" or "marrakech-safi" && random.NextDouble() < 0.9 ? regionCode : null;

        var sex = Pick((0.49, nameof(Sex.Female)), (0.49, nameof(Sex.Male)), (0.015, nameof(Sex.Unknown)), (0.005, nameof(Sex.Undetermined)));
        var female = sex == nameof(Sex.Female) || (sex != nameof(Sex.Male) && random.Next(2) == 0);
        var firstName = names.GivenName(female);
        var lastName = names.FamilyName();

        // Primary immunodeficiencies are found in childhood; leukemia at any age, a third of it in children.
        var childish = diagnosisGroup == DiagnosisGroups.PrimaryImmunodeficiency ? 0.8 : diagnosisGroup == DiagnosisGroups.Leukemia ? 0.35 : 0.5;
        var ageYears = random.NextDouble() < childish ? random.NextDouble() * 16 : 16 + (random.NextDouble() * 60);
        var birth = registeredOn.AddDays(-(int)(ageYears * 365.25));
        if (birth < EarliestBirth)
        {
            birth = EarliestBirth.AddDays(random.Next(365));
        }

        var ageMonths = Math.Max(0, ((registeredOn.Year - birth.Year) * 12) + registeredOn.Month - birth.Month);
        DateOnly? dateOfBirth = random.NextDouble() < 0.97 ? birth : null;

        var vitalStatus = Pick((0.90, nameof(VitalStatus.Alive)), (0.06, nameof(VitalStatus.Deceased)), (0.04, nameof(VitalStatus.LostToFollowUp)));
        DateOnly? dateOfDeath = null;
        if (vitalStatus == nameof(VitalStatus.Deceased))
        {
            var daysLeft = Math.Max(1, DateOnly.FromDateTime(lastRegistration.UtcDateTime).DayNumber - registeredOn.DayNumber);
            dateOfDeath = registeredOn.AddDays(random.Next(daysLeft));
        }

        int? onset = null, diagnosed = null;
        if (random.NextDouble() < 0.6)
        {
            onset = random.Next(ageMonths + 1);
            diagnosed = Math.Min(ageMonths, onset.Value + random.Next(37));
        }

        DateOnly? firstVisit = random.NextDouble() < 0.5 ? Later(birth, registeredOn.AddDays(-random.Next(366))) : null;
        var city = cities.Length > 0 && random.NextDouble() < 0.85 ? cities[random.Next(cities.Length)] : null;
        var hospital = random.NextDouble() < 0.7
            ? Hospitals.TryGetValue(regionCode, out var regional) ? regional[random.Next(regional.Length)] : "Hôpital régional"
            : null;
        var doctor = random.NextDouble() < 0.5 ? $"Dr {names.GivenName(random.Next(2) == 0)} {names.FamilyName()}" : null;
        var mobility = Pick((0.85, nameof(MobilityNeed.None)), (0.08, nameof(MobilityNeed.WalkingAid)), (0.05, nameof(MobilityNeed.Wheelchair)), (0.02, nameof(MobilityNeed.Bedridden)));

        var adult = ageYears >= 18;
        var identity = protector.Protect(
            adult && random.NextDouble() < 0.6 ? Cin() : null,
            random.NextDouble() < 0.6 ? Phone() : null,
            random.NextDouble() < 0.4 ? $"{random.Next(1, 300)} Rue {names.FamilyName()}, {city ?? regionCode}" : null);

        var registeredBy = association == Hajar
            ? Pick((0.5, "hajar.coordinator"), (0.3, "hajar.doctor"), (0.2, "hajar.admin"))
            : branch switch
            {
                "casablanca-settat" => "amal.casablanca",
                "marrakech-safi" => "amal.marrakech",
                _ => "amal.admin",
            };

        return new PatientRow(
            Guid.CreateVersion7(registeredAt),
            RegistryId(),
            association,
            branch,
            firstName,
            lastName,
            NameSearch.Fold(firstName, lastName),
            dateOfBirth,
            birth.Year,
            sex,
            vitalStatus,
            dateOfDeath,
            firstVisit,
            onset,
            diagnosed,
            diagnosisGroup,
            regionCode,
            city,
            hospital,
            doctor,
            mobility,
            identity,
            registeredAt,
            registeredBy,
            Consents(association, registeredAt, registeredBy, city ?? regionCode),
            adult ? [] : Guardians(lastName),
            Diagnoses(diagnosisGroup, registeredAt, registeredBy));
    }

    private List<ConsentRow> Consents(string association, DateTimeOffset at, string by, string place)
    {
        var consents = new List<ConsentRow>(4);
        if (random.NextDouble() < 0.15)
        {
            return consents; // Registered before consent was collected.
        }

        var evidence = $"signed form {at:yyyy-MM-dd}, filed in {place}";
        if (random.NextDouble() < 0.8)
        {
            consents.Add(new ConsentRow(ConsentPurposes.Statistics, true, at, by, evidence));
            if (random.NextDouble() < 0.04)
            {
                var later = at.AddDays(random.Next(30, 900));
                consents.Add(new ConsentRow(ConsentPurposes.Statistics, false, later, by, $"withdrawal letter {later:yyyy-MM-dd}"));
            }
        }

        if (random.NextDouble() < 0.7)
        {
            consents.Add(new ConsentRow(ConsentPurposes.CareCoordination, true, at, by, evidence));
        }

        if (association == Hajar && random.NextDouble() < 0.6)
        {
            consents.Add(new ConsentRow(ConsentPurposes.MedicineFunding, true, at, by, evidence));
        }

        if (random.NextDouble() < 0.25)
        {
            consents.Add(new ConsentRow(ConsentPurposes.ResearchContact, true, at, by, evidence));
        }

        return consents;
    }

    private List<Guardian> Guardians(string familyName)
    {
        var first = Pick((0.55, GuardianRelation.Mother), (0.35, GuardianRelation.Father), (0.05, GuardianRelation.Grandparent), (0.05, GuardianRelation.LegalGuardian));
        var guardians = new List<Guardian>(2) { Guardian(first, familyName) };
        if (random.NextDouble() < 0.3)
        {
            guardians.Add(Guardian(first == GuardianRelation.Mother ? GuardianRelation.Father : GuardianRelation.Mother, familyName));
        }

        return guardians;
    }

    private Guardian Guardian(GuardianRelation relation, string familyName)
    {
        var female = relation == GuardianRelation.Mother || (relation != GuardianRelation.Father && random.Next(2) == 0);
        var name = $"{names.GivenName(female)} {(relation == GuardianRelation.Mother ? names.FamilyName() : familyName)}";
        return protector.ProtectGuardian(new GuardianInput(name, relation, random.NextDouble() < 0.85 ? Phone() : null));
    }

    private List<DiagnosisRow> Diagnoses(string group, DateTimeOffset at, string by)
    {
        if (!diagnosesByGroup.TryGetValue(group, out var coded) || random.NextDouble() >= 0.75)
        {
            return [];
        }

        var diagnosis = coded[random.Next(coded.Length)];
        return [new DiagnosisRow(diagnosis.OrphaCode, diagnosis.Icd10, diagnosis.IuisCategory, at, by)];
    }

    private string RegistryId()
    {
        Span<char> chars = stackalloc char[10];
        string id;
        do
        {
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = PseudonymAlphabet[random.Next(PseudonymAlphabet.Length)];
            }

            id = "PN-" + new string(chars);
        }
        while (!registryIds.Add(id));
        return id;
    }

    private string Cin()
    {
        const string letters = "ABCDEFGHIJKLMNPQRSTUVWXYZ";
        var prefix = random.Next(3) == 0 ? letters[random.Next(letters.Length)].ToString() : $"{letters[random.Next(letters.Length)]}{letters[random.Next(letters.Length)]}";
        return $"{prefix}{random.Next(10_000, 999_999)}";
    }

    private string Phone() => $"0{(random.Next(3) == 0 ? 7 : 6)}{random.Next(10_000_000, 99_999_999)}";

    private (string Code, string[] Cities) PickRegion()
    {
        var index = Array.BinarySearch(regionCumulative, random.NextDouble());
        return regions[Math.Min(index < 0 ? ~index : index, regions.Length - 1)];
    }

    private T Pick<T>(params (double Weight, T Value)[] choices)
    {
        var roll = random.NextDouble() * choices.Sum(c => c.Weight);
        foreach (var (weight, value) in choices)
        {
            roll -= weight;
            if (roll < 0)
            {
                return value;
            }
        }

        return choices[^1].Value;
    }

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}
