using System.Text.Json;
using System.Text.Json.Serialization;

namespace PatientNetwork.ServiceDefaults.Text;

/// <summary>
/// Reads every string of a request body through <see cref="ControlCharacters"/>, whatever record or
/// nesting it sits in, before any handler, validator or encryption sees it.
/// </summary>
public sealed class ControlCharacterRefusingStringConverter : JsonConverter<string>
{
    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Checked(reader.GetString()!);

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Checked(reader.GetString()!);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WritePropertyName(value);

    private static string Checked(string value) =>
        ControlCharacters.ErrorFor(value) is { } error ? throw new ControlCharacterException(error) : value;
}
