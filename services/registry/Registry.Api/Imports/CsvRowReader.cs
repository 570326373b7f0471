using System.Globalization;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using PatientNetwork.Registry.Patients;
using PatientNetwork.ServiceDefaults.Text;

namespace PatientNetwork.Registry.Imports;

/// <summary>
/// Reads an import file into registration requests, one per row, keeping the problems that are
/// about the text itself (an unreadable date, an unknown word) as field errors of that row.
/// Dates are ISO (2018-04-02) or as Moroccan spreadsheets write them (02/04/2018).
/// </summary>
public static class CsvRowReader
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];

    public sealed record Row(int Line, RegisterPatientRequest Request, Dictionary<string, string[]> Errors);

    /// <summary>Parses the file; returns file-level errors (missing or unknown columns, broken CSV) instead of rows when it cannot be read.</summary>
    public static (IReadOnlyList<Row> Rows, Dictionary<string, string[]>? FileErrors) Read(string text)
    {
        using var reader = new StringReader(text);
        using var csv = new CsvReader(reader, Configuration());
        try
        {
            if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is null)
            {
                return ([], new() { ["file"] = ["The file is empty; the first line must name the columns."] });
            }

            var headers = csv.HeaderRecord.Select(h => h.Trim().ToLowerInvariant()).ToList();
            var unknown = headers.Except(CsvColumns.All).ToList();
            var missing = CsvColumns.Required.Except(headers).ToList();
            if (unknown.Count > 0 || missing.Count > 0 || !(headers.Contains("date_of_birth") || headers.Contains("birth_year")))
            {
                var errors = new Dictionary<string, string[]>();
                if (unknown.Count > 0)
                {
                    errors["columns"] = [$"Unknown columns: {string.Join(", ", unknown)}. Allowed: {string.Join(", ", CsvColumns.All)}."];
                }

                if (missing.Count > 0 || !(headers.Contains("date_of_birth") || headers.Contains("birth_year")))
                {
                    errors["requiredColumns"] = [$"Required columns: {string.Join(", ", CsvColumns.Required)}, and date_of_birth or birth_year."];
                }

                return ([], errors);
            }

            var rows = new List<Row>();
            while (csv.Read())
            {
                rows.Add(ReadRow(csv));
            }

            return (rows, null);
        }
        catch (CsvHelperException exception)
        {
            return ([], new() { ["file"] = [$"The file is not valid CSV near line {exception.Context?.Parser?.Row}."] });
        }
    }

    /// <summary>
    /// Where the file stops being readable, given the text before that point: "line 3, column first_name",
    /// with lines counted as <see cref="Row.Line"/> counts them (the header is line 1).
    /// </summary>
    public static string Locate(string readableStart)
    {
        string[]? header = null;
        var line = 1;
        var field = 0;
        try
        {
            using var parser = new CsvParser(new StringReader(readableStart), Configuration());
            while (parser.Read())
            {
                header ??= parser.Record;
                line = parser.Row;
                field = parser.Count - 1;
            }
        }
        catch (CsvHelperException)
        {
            // Broken quoting before the point: the line counted so far is still the best answer.
        }

        if (readableStart.Length > 0 && readableStart[^1] is '\n' or '\r')
        {
            (line, field) = (line + 1, 0);
        }

        return line == 1 || header is null ? $"line {line} (the header)"
            : field < header.Length ? $"line {line}, column {header[field].Trim().ToLowerInvariant()}"
            : $"line {line}, column {field + 1}";
    }

    private static CsvConfiguration Configuration() => new(CultureInfo.InvariantCulture)
    {
        PrepareHeaderForMatch = args => args.Header.Trim().ToLowerInvariant(),
        TrimOptions = TrimOptions.Trim,
        DetectDelimiter = true,
        MissingFieldFound = null,
        HeaderValidated = null,
    };

    private static Row ReadRow(CsvReader csv)
    {
        var errors = new Dictionary<string, string[]>();
        string? Text(string column)
        {
            if (!csv.TryGetField<string>(column, out var value) || string.IsNullOrWhiteSpace(value))
            {
                return null;
            }

            // The same rule as a JSON body's strings; the cell is then left out so no other check repeats it.
            if (ControlCharacters.ErrorFor(value) is { } error)
            {
                errors[column] = [error];
                return null;
            }

            return value;
        }

        T? Parse<T>(string column, Func<string, T?> parse, string expected) where T : struct
        {
            var text = Text(column);
            if (text is null)
            {
                return null;
            }

            var parsed = parse(text);
            if (parsed is null)
            {
                errors[column] = [$"'{text}' is not {expected}."];
            }

            return parsed;
        }

        var guardianName = Text("guardian_name");
        var consent = Parse("consent_statistics", ParseYesNo, "yes or no");
        var request = new RegisterPatientRequest(
            FirstName: Text("first_name"),
            LastName: Text("last_name"),
            DateOfBirth: Parse("date_of_birth", ParseDate, "a date such as 2018-04-02 or 02/04/2018"),
            BirthYear: Parse<int>("birth_year", value => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : (int?)null, "a year"),
            Sex: Parse("sex", ParseEnum<Sex>, "female, male, undetermined or unknown"),
            VitalStatus: Parse("vital_status", ParseEnum<VitalStatus>, "alive, deceased or lost-to-follow-up"),
            DateOfDeath: Parse("date_of_death", ParseDate, "a date"),
            DiagnosisGroup: Text("diagnosis_group"),
            Diagnoses: Text("orpha_code") is null && Text("icd10") is null ? null : [new DiagnosisInput(Text("orpha_code"), Text("icd10"))],
            GeneticFindings: null,
            RegionCode: Text("region_code"),
            CityCode: Text("city_code"),
            BranchId: Text("branch_id"),
            FollowUpHospital: Text("follow_up_hospital"),
            TreatingDoctor: Text("treating_doctor"),
            MobilityNeed: Parse("mobility_need", ParseEnum<MobilityNeed>, "none, walking-aid, wheelchair or bedridden"),
            FirstSpecialisedVisitOn: null,
            AgeAtOnsetMonths: null,
            AgeAtDiagnosisMonths: null,
            Cin: Text("cin"),
            Phone: Text("phone"),
            Address: Text("address"),
            Guardians: guardianName is null ? null : [new GuardianInput(guardianName, ParseEnum<GuardianRelation>(Text("guardian_relation") ?? "other"), Text("guardian_phone"))],
            Treatments: null,
            Consents: consent == true ? [new ConsentInput("statistics", Text("consent_evidence"))] : null,
            ConfirmedNotDuplicate: null);
        return new Row(csv.Parser.Row, request, errors);
    }

    private static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static bool? ParseYesNo(string text) => text.ToLowerInvariant() switch
    {
        "yes" or "y" or "true" or "1" or "oui" or "o" => true,
        "no" or "n" or "false" or "0" or "non" => false,
        _ => null,
    };

    private static T? ParseEnum<T>(string text) where T : struct, Enum =>
        Enum.GetValues<T>().Cast<T?>().FirstOrDefault(value =>
            string.Equals(JsonNamingPolicy.KebabCaseLower.ConvertName(value!.Value.ToString()), text.Trim(), StringComparison.OrdinalIgnoreCase));
}
