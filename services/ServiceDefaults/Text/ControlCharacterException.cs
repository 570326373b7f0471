using System.Text.Json;

namespace PatientNetwork.ServiceDefaults.Text;

/// <summary>A JSON string holding a refused control character; System.Text.Json fills in <see cref="JsonException.Path"/>, which names the field.</summary>
public sealed class ControlCharacterException(string message) : JsonException(message);
