using System.Text.Json;
using PatientNetwork.ServiceDefaults.Text;

namespace PatientNetwork.UnitTests.Hardening;

public sealed class ControlCharacterTests
{
    private static readonly JsonSerializerOptions Plain = new(JsonSerializerDefaults.Web);
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new ControlCharacterRefusingStringConverter() } };

    private sealed record Guardian(string? Name, string? Phone);

    private sealed record Registration(string? FirstName, IReadOnlyList<Guardian>? Guardians, Dictionary<string, string>? Notes);

    [Theory]
    [InlineData('\0')]
    [InlineData('\u0007')]
    [InlineData('\u000B')]
    [InlineData('\u000C')]
    [InlineData('\u001B')]
    [InlineData('\u007F')]
    [InlineData('\u0085')]
    [InlineData('\u009F')]
    public void Control_characters_are_refused(char character) =>
        Assert.Equal(3, ControlCharacters.IndexOfRefused($"abc{character}def"));

    [Theory]
    [InlineData("Salma El Idrissi")]
    [InlineData("12 rue Oued Sebou\r\nCasablanca\t20000")]
    [InlineData("سلمى الإدريسي")]
    [InlineData("Rabat\u2028Agdal")]
    [InlineData("")]
    public void Ordinary_text_and_its_whitespace_are_accepted(string text) =>
        Assert.Null(ControlCharacters.ErrorFor(text));

    [Fact]
    public void The_error_names_the_character_and_its_position_but_not_the_text() =>
        Assert.Equal("The text contains the control character U+0000 at position 4; only tab and line breaks are allowed.", ControlCharacters.ErrorFor("BE1\u00002345"));

    [Fact]
    public void A_body_string_with_a_control_character_fails_with_the_path_of_its_field()
    {
        var exception = Assert.Throws<ControlCharacterException>(() =>
            JsonSerializer.Deserialize<Registration>("""{"firstName":"Salma","guardians":[{"name":"Naima","phone":"0611\u000B223344"}]}""", Options));

        Assert.Equal("$.guardians[0].phone", exception.Path);
    }

    [Fact]
    public void A_dictionary_key_with_a_control_character_fails_too() =>
        Assert.Throws<ControlCharacterException>(() => JsonSerializer.Deserialize<Registration>("""{"notes":{"a\u0000":"b"}}""", Options));

    [Fact]
    public void Clean_bodies_read_and_write_as_without_the_converter()
    {
        const string json = """{"firstName":"Salma\nEl","guardians":[{"name":null,"phone":"0611223344"}],"notes":{"k":"v"}}""";

        var registration = JsonSerializer.Deserialize<Registration>(json, Options)!;

        Assert.Equal("Salma\nEl", registration.FirstName);
        Assert.Null(registration.Guardians![0].Name);
        Assert.Equal(JsonSerializer.Serialize(registration, Plain), JsonSerializer.Serialize(registration, Options));
    }
}
