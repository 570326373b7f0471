using System.Text.Json;
using Microsoft.Extensions.Options;

namespace PatientNetwork.Notifications.Sms;

/// <summary>
/// The SMS "provider" of local runs and tests: each message becomes one JSON file (to, text, messageId, sentAt) in
/// <see cref="SmsOptions.SinkDirectory"/>, named by its message id, written to a temporary name and then renamed so a
/// reader never sees half a file. A retry of the same message overwrites its own file rather than adding one.
/// </summary>
public sealed class LocalSmsSink(IOptions<SmsOptions> options, TimeProvider time) : ISmsSender
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public async Task SendAsync(OutgoingSms sms, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sms);
        var directory = options.Value.SinkDirectory ?? throw new InvalidOperationException($"{SmsOptions.Section}:SinkDirectory is not set.");
        Directory.CreateDirectory(directory);
        var name = string.Concat(sms.MessageId.Split(Path.GetInvalidFileNameChars()));
        var path = Path.Combine(directory, name + ".json");
        var temporary = path + ".tmp";
        var record = new SinkRecord(sms.To, sms.Text, sms.MessageId, options.Value.SenderId, time.GetUtcNow());
        await File.WriteAllTextAsync(temporary, JsonSerializer.Serialize(record, Json), cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }

    private sealed record SinkRecord(string To, string Text, string MessageId, string SenderId, DateTimeOffset SentAt);
}
