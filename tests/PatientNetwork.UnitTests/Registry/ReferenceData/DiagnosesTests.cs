using System.Text.RegularExpressions;
using PatientNetwork.Registry.ReferenceData;

namespace PatientNetwork.UnitTests.Registry.ReferenceData;

public sealed partial class DiagnosesTests
{
    private const string Pid = "primary-immunodeficiency";
    private const string Leukemia = "leukemia";

    // The 10 tables of the IUIS 2022 classification of inborn errors of immunity (Tangye et al., J Clin Immunol 2022).
    private static readonly string[] IuisCategories2022 =
    [
        "Immunodeficiencies affecting cellular and humoral immunity",
        "Combined immunodeficiencies with associated or syndromic features",
        "Predominantly antibody deficiencies",
        "Diseases of immune dysregulation",
        "Congenital defects of phagocyte number or function",
        "Defects in intrinsic and innate immunity",
        "Autoinflammatory disorders",
        "Complement deficiencies",
        "Bone marrow failure",
        "Phenocopies of inborn errors of immunity",
    ];

    private readonly ReferenceCatalog catalog = ShippedReferenceData.Catalog;

    [Fact]
    public void Every_diagnosis_belongs_to_the_immunodeficiency_or_the_leukemia_group() =>
        Assert.All(catalog.Diagnoses, d => Assert.Contains(d.Group, new[] { Pid, Leukemia }));

    [Fact]
    public void Every_diagnosis_has_at_least_one_code() =>
        Assert.All(catalog.Diagnoses, d => Assert.True(d.OrphaCode is not null || d.Icd10 is not null, d.Name.En));

    [Fact]
    public void Icd10_codes_are_well_formed() =>
        Assert.All(catalog.Diagnoses.Where(d => d.Icd10 is not null), d => Assert.Matches(Icd10(), d.Icd10!));

    [Fact]
    public void Orpha_codes_are_well_formed() =>
        Assert.All(catalog.Diagnoses.Where(d => d.OrphaCode is not null), d => Assert.Matches(OrphaCode(), d.OrphaCode!));

    [Fact]
    public void Orpha_codes_are_unique()
    {
        var codes = catalog.Diagnoses.Select(d => d.OrphaCode).OfType<string>().ToList();
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Icd10_codes_are_unique_so_a_lookup_by_icd10_is_unambiguous()
    {
        var codes = catalog.Diagnoses.Select(d => d.Icd10).OfType<string>().ToList();
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Iuis_categories_are_names_of_the_2022_tables_and_only_for_immunodeficiencies()
    {
        Assert.All(catalog.Diagnoses.Where(d => d.IuisCategory is not null), d =>
        {
            Assert.Equal(Pid, d.Group);
            Assert.Contains(d.IuisCategory, IuisCategories2022);
        });
    }

    [Fact]
    public void Every_diagnosis_label_has_arabic_french_and_english_text() =>
        Assert.All(catalog.Diagnoses.Select(d => d.Name), LabelAssert.IsComplete);

    [Fact]
    public void Arabic_diagnosis_labels_are_written_in_arabic_letters() =>
        Assert.All(catalog.Diagnoses.Select(d => d.Name), LabelAssert.ArabicIsArabic);

    [Theory]
    [InlineData("D80.0", Pid, "Predominantly antibody deficiencies")] // X-linked agammaglobulinemia
    [InlineData("D83.9", Pid, "Predominantly antibody deficiencies")] // common variable immunodeficiency
    [InlineData("D81.9", Pid, "Immunodeficiencies affecting cellular and humoral immunity")] // SCID
    [InlineData("D71", Pid, "Congenital defects of phagocyte number or function")] // chronic granulomatous disease
    [InlineData("D82.0", Pid, "Combined immunodeficiencies with associated or syndromic features")] // Wiskott-Aldrich
    [InlineData("D82.1", Pid, "Combined immunodeficiencies with associated or syndromic features")] // 22q11.2 deletion
    [InlineData("D82.4", Pid, "Combined immunodeficiencies with associated or syndromic features")] // hyper-IgE
    [InlineData("D80.5", Pid, null)] // hyper-IgM: CD40L/CD40 in table 1, AID/UNG in table 3
    [InlineData("G11.3", Pid, "Combined immunodeficiencies with associated or syndromic features")] // ataxia-telangiectasia
    [InlineData("D80.2", Pid, "Predominantly antibody deficiencies")] // selective IgA deficiency
    [InlineData("D84.0", Pid, "Congenital defects of phagocyte number or function")] // leukocyte adhesion deficiency
    [InlineData("D76.1", Pid, "Diseases of immune dysregulation")] // familial HLH
    [InlineData("D80", Pid, null)]
    [InlineData("D81", Pid, null)]
    [InlineData("D82", Pid, null)]
    [InlineData("D83", Pid, null)]
    [InlineData("D84", Pid, null)]
    [InlineData("C91.0", Leukemia, null)] // acute lymphoblastic leukemia
    [InlineData("C92.0", Leukemia, null)] // acute myeloid leukemia
    [InlineData("C92.1", Leukemia, null)] // chronic myeloid leukemia
    [InlineData("C91.1", Leukemia, null)] // chronic lymphocytic leukemia
    [InlineData("C93.3", Leukemia, null)] // juvenile myelomonocytic leukemia
    [InlineData("C92.4", Leukemia, null)] // acute promyelocytic leukemia
    [InlineData("C91", Leukemia, null)]
    [InlineData("C92", Leukemia, null)]
    public void The_diagnoses_the_associations_need_are_listed(string icd10, string group, string? iuisCategory)
    {
        var diagnosis = catalog.FindDiagnosis(null, icd10);

        Assert.NotNull(diagnosis);
        Assert.Equal(group, diagnosis.Group);
        Assert.Equal(iuisCategory, diagnosis.IuisCategory);
    }

    [Theory]
    [InlineData("ORPHA:521")]
    [InlineData("orpha:521")]
    [InlineData("521")]
    [InlineData(" ORPHA:521 ")]
    public void A_diagnosis_is_found_by_its_orpha_code_with_or_without_prefix(string orphaCode)
    {
        var diagnosis = catalog.FindDiagnosis(orphaCode, null);

        Assert.NotNull(diagnosis);
        Assert.Equal("ORPHA:521", diagnosis.OrphaCode);
        Assert.Equal("C92.1", diagnosis.Icd10);
        Assert.Equal("Chronic myeloid leukemia", diagnosis.Name.En);
    }

    [Theory]
    [InlineData("C92.1")]
    [InlineData("c92.1")]
    public void A_diagnosis_is_found_by_its_icd10_code_in_any_case(string icd10) =>
        Assert.Equal("ORPHA:521", catalog.FindDiagnosis(null, icd10)?.OrphaCode);

    [Fact]
    public void The_orpha_code_wins_when_both_codes_are_given() =>
        Assert.Equal("C91.0", catalog.FindDiagnosis("ORPHA:513", "C92.1")?.Icd10);

    [Fact]
    public void An_unknown_orpha_code_falls_back_to_the_icd10_code() =>
        Assert.Equal("ORPHA:521", catalog.FindDiagnosis("ORPHA:999999999", "C92.1")?.OrphaCode);

    [Theory]
    [InlineData(null, null)]
    [InlineData("", " ")]
    [InlineData("ORPHA:999999", null)]
    [InlineData("ORPHA:abc", "Z99.9")]
    [InlineData("-521", "C92.10.1")]
    public void Nothing_is_found_for_unknown_or_empty_codes(string? orphaCode, string? icd10) =>
        Assert.Null(catalog.FindDiagnosis(orphaCode, icd10));

    [GeneratedRegex(@"^[A-Z][0-9]{2}(\.[0-9]{1,2})?$")]
    private static partial Regex Icd10();

    [GeneratedRegex("^ORPHA:[0-9]+$")]
    private static partial Regex OrphaCode();
}
