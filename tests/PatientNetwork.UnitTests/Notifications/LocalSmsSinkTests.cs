using System.Text.Json;
using Microsoft.Extensions.Options;
using PatientNetwork.Notifications.Sms;

namespace PatientNetwork.UnitTests.Notifications;

public sealed class LocalSmsSinkTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "sms-sink-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Each_message_becomes_one_file_and_a_retry_of_it_replaces_its_own_file()
    {
        var sink = new LocalSmsSink(Options.Create(new SmsOptions { SinkDirectory = directory }), FixedTime.Nov2026);

        await sink.SendAsync(new OutgoingSms("+212612345678", "تذكير: يوم اللوكيميا", "abc123"), CancellationToken.None);
        await sink.SendAsync(new OutgoingSms("+212612345678", "تذكير: يوم اللوكيميا", "abc123"), CancellationToken.None);
        await sink.SendAsync(new OutgoingSms("+212698765432", "Rappel", "def456"), CancellationToken.None);

        var files = Directory.GetFiles(directory).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(2, files.Count);
        using var first = JsonDocument.Parse(await File.ReadAllTextAsync(files[0]));
        Assert.Equal("+212612345678", first.RootElement.GetProperty("to").GetString());
        Assert.Equal("تذكير: يوم اللوكيميا", first.RootElement.GetProperty("text").GetString());
        Assert.Equal("abc123", first.RootElement.GetProperty("messageId").GetString());
    }

    [Fact]
    public async Task Without_a_provider_an_SMS_is_refused_so_it_stays_queued()
    {
        var unconfigured = new UnconfiguredSmsSender();

        await Assert.ThrowsAsync<InvalidOperationException>(() => unconfigured.SendAsync(new OutgoingSms("+212612345678", "x", "id"), CancellationToken.None));
    }

    public void Dispose()
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
