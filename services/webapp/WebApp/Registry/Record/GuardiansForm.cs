using System.Globalization;
using Microsoft.Extensions.Localization;
using PatientNetwork.WebApp.Components.Shared;
using PatientNetwork.WebApp.Localization;

namespace PatientNetwork.WebApp.Registry.Record;

/// <summary>The patient's guardians as they are now: the list replaces the old one, so it starts as the record's.</summary>
public sealed class GuardiansForm
{
    public const int MaxGuardians = 5;

    public const int MaxNameLength = 200;

    public static readonly IReadOnlyList<string> Relations = ["mother", "father", "legal-guardian", "grandparent", "sibling", "other"];

    public List<GuardianRow> Rows { get; } = [];

    public bool MayAdd => Rows.Count < MaxGuardians;

    /// <summary>The Registry's field names for the rows on screen, e.g. <c>guardians[0].phone</c>.</summary>
    public IReadOnlyList<string> Fields =>
        ["guardians", .. Enumerable.Range(0, Rows.Count).SelectMany(i => new[] { Field(i, "name"), Field(i, "relation"), Field(i, "phone") })];

    public static string Field(int index, string name) => string.Create(CultureInfo.InvariantCulture, $"guardians[{index}].{name}");

    public static GuardiansForm From(PatientRecord patient)
    {
        var form = new GuardiansForm();
        form.Rows.AddRange(patient.Guardians.Select(g => new GuardianRow { Name = g.Name, Relation = g.Relation, Phone = g.Phone }));
        return form;
    }

    public void Add()
    {
        if (MayAdd)
        {
            Rows.Add(new GuardianRow());
        }
    }

    public void Validate(FieldErrors errors, IStringLocalizer<Texts> t)
    {
        errors.Clear();
        for (var i = 0; i < Rows.Count; i++)
        {
            var row = Rows[i];
            if (string.IsNullOrWhiteSpace(row.Name))
            {
                errors.Add(Field(i, "name"), t["Required"]);
            }
            else if (row.Name.Trim().Length > MaxNameLength)
            {
                errors.Add(Field(i, "name"), t["RecordEdit_TooLong", MaxNameLength]);
            }

            if (string.IsNullOrEmpty(row.Relation))
            {
                errors.Add(Field(i, "relation"), t["ChooseOne"]);
            }

            if (!string.IsNullOrWhiteSpace(row.Phone) && !RegistrationForm.IsPhone(row.Phone))
            {
                errors.Add(Field(i, "phone"), t["PhoneInvalid"]);
            }
        }
    }

    public GuardiansChange ToChange() =>
        new([.. Rows.Select(r => new GuardianInput(r.Name?.Trim(), r.Relation, RegistrationForm.Blank(r.Phone)))]);
}

/// <summary>One guardian being edited.</summary>
public sealed class GuardianRow
{
    public string? Name { get; set; }

    public string? Relation { get; set; }

    public string? Phone { get; set; }
}
