using PatientNetwork.Registry.Search;

namespace PatientNetwork.UnitTests.Registry.Search;

public sealed class NameSearchTests
{
    [Theory]
    [InlineData("Mohammed", "Mohamed")]
    [InlineData("Mohamed", "Muhammad")]
    [InlineData("Youssef", "Yusuf")]
    [InlineData("Cherqaoui", "Charkaoui")]
    [InlineData("El Idrissi", "Elidrissi")]
    [InlineData("Ben Ahmed", "Benahmed")]
    [InlineData("Aït Ali", "Ait-Ali")]
    [InlineData("Nour-Eddine", "Noureddine")]
    [InlineData("Abdel Aziz", "Abdelaziz")]
    public void Spelling_variants_give_the_same_search_words(string one, string other) =>
        Assert.Equal(NameSearch.QueryTokens(one), NameSearch.QueryTokens(other));

    /// <summary>The examples docs/registry.md gives.</summary>
    [Theory]
    [InlineData("Mohammed", "mahamad")]
    [InlineData("El-Idrissi", "alidrisi")]
    [InlineData("Yousef", "yasaf")]
    [InlineData("Ben Ahmed", "banahmad")]
    [InlineData("Nour-Eddine", "naradin")]
    [InlineData("Othmane", "atman")]
    [InlineData("Rachid", "rashid")]
    public void Documented_foldings_hold(string written, string word) =>
        Assert.Equal([word], NameSearch.QueryTokens(written));

    [Theory]
    [InlineData("Mohamed", "Ahmed")]
    [InlineData("Sana", "Sara")]
    [InlineData("Benjelloun", "Bennani")]
    public void Different_names_stay_different(string one, string other) =>
        Assert.NotEqual(NameSearch.QueryTokens(one), NameSearch.QueryTokens(other));

    [Fact]
    public void A_patient_is_found_by_the_family_name_without_its_particle()
    {
        var words = NameSearch.IndexTokens("Youssef", "Benjelloun").Words;

        Assert.Contains(NameSearch.QueryTokens("Jelloun").Single(), words);
        Assert.Contains(NameSearch.QueryTokens("Ben Jelloun").Single(), words);
    }

    [Theory]
    [InlineData("Ben Qasmi", "Qasmi")]
    [InlineData("Bouchaib", "Chaib")]
    [InlineData("Abdelaziz", "Aziz")]
    [InlineData("Ben Qwertyuio", "Qwertyuio")]
    [InlineData("Ben Ohgfdsxza", "Ohgfdsxza")]
    public void The_longest_particle_is_cut_off(string lastName, string found) =>
        Assert.Contains(NameSearch.QueryTokens(found).Single(), PatientNameToken.Words("Fatimazahra", lastName).Select(w => w.Text));

    [Fact]
    public void A_short_name_after_a_particle_is_not_cut_off()
    {
        var words = NameSearch.IndexTokens("Karim", "Bouali").Words;

        Assert.DoesNotContain(NameSearch.QueryTokens("Ali").Single(), words);
    }

    [Fact]
    public void Neighbouring_words_written_as_one_find_the_patient()
    {
        var joined = NameSearch.IndexTokens("Fatima Zahra", "Alaoui").Joined;

        Assert.Contains(NameSearch.QueryTokens("Fatimazahra").Single(), joined);
    }

    [Fact]
    public void A_query_of_punctuation_has_no_words() =>
        Assert.Empty(NameSearch.QueryTokens(" - ' "));

    [Fact]
    public void A_particle_typed_alone_is_searched_as_it_is() =>
        Assert.Equal(["ban"], NameSearch.QueryTokens("Ben"));

    [Fact]
    public void The_words_of_one_patient_are_bounded()
    {
        var longName = string.Join(' ', Enumerable.Range(0, 30).Select(i => "Name" + new string((char)('a' + (i % 26)), i / 26 + 1)));

        var words = PatientNameToken.Words(longName, "Alaoui").ToList();

        Assert.Equal(PatientNameToken.MostPerPatient, words.Count);
        Assert.Equal(words.Count, words.Select(w => w.Text).Distinct().Count());
    }
}
