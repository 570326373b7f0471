using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace PatientNetwork.Benchmarks.Measuring;

/// <summary>
/// Records the SQL commands EF Core executes in this process (the hosted Registry) while an action
/// runs, from EF Core's DiagnosticListener: so the raw column replays exactly what the service sends,
/// whatever its query code becomes. The messaging tables (outbox relay polling in the background)
/// are left out.
/// </summary>
public sealed class EfCommandCapture : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private static readonly string[] Background = ["outbox_messages", "inbox_messages"];

    private readonly List<IDisposable> subscriptions = [];
    private readonly Lock gate = new();
    private List<EfCommand>? sink;

    private EfCommandCapture()
    {
    }

    public static EfCommandCapture Start()
    {
        var capture = new EfCommandCapture();
        capture.subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(capture));
        return capture;
    }

    /// <summary>The commands EF Core executed while <paramref name="action"/> ran, in order.</summary>
    public async Task<List<EfCommand>> DuringAsync(Func<Task> action)
    {
        lock (gate)
        {
            sink = [];
        }

        try
        {
            await action();
        }
        finally
        {
            // The response can reach the client a moment before the request's last command is logged.
            await Task.Delay(50);
        }

        lock (gate)
        {
            var captured = sink!;
            sink = null;
            return captured;
        }
    }

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name)
        {
            lock (gate)
            {
                subscriptions.Add(listener.Subscribe(this));
            }
        }
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key != RelationalEventId.CommandExecuting.Name || value.Value is not CommandEventData data
            || Background.Any(table => data.Command.CommandText.Contains(table, StringComparison.Ordinal)))
        {
            return;
        }

        lock (gate)
        {
            sink?.Add(new EfCommand(
                data.Command.CommandText,
                data.Command.Parameters.Cast<DbParameter>().Select(p => ((NpgsqlParameter)p).Clone()).ToList()));
        }
    }

    void IObserver<DiagnosticListener>.OnCompleted()
    {
    }

    void IObserver<DiagnosticListener>.OnError(Exception error)
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnCompleted()
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error)
    {
    }

    public void Dispose()
    {
        lock (gate)
        {
            foreach (var subscription in subscriptions)
            {
                subscription.Dispose();
            }

            subscriptions.Clear();
        }
    }
}
