using System.Reflection;
using System.Runtime.CompilerServices;
using PatientNetwork.Contracts;
using PatientNetwork.Messaging.Inbox;
using PatientNetwork.Messaging.Outbox;

namespace PatientNetwork.UnitTests.Messaging;

/// <summary>The names that pending outbox rows and inbox de-duplication depend on are constants, and complete.</summary>
public sealed class StableMessageNamesTests
{
    private static readonly Assembly[] Services =
    [
        typeof(PatientNetwork.Registry.RegistryApi).Assembly,
        typeof(PatientNetwork.Funding.FundingApi).Assembly,
        typeof(PatientNetwork.Events.EventsApi).Assembly,
        typeof(PatientNetwork.Partnerships.PartnershipsApi).Assembly,
    ];

    private static readonly Type[] IntegrationEventTypes = typeof(IIntegrationEvent).Assembly.GetTypes()
        .Where(type => type is { IsClass: true, IsAbstract: false } && typeof(IIntegrationEvent).IsAssignableFrom(type))
        .ToArray();

    [Fact]
    public void Every_consumer_has_a_stable_inbox_name_unique_in_its_service()
    {
        var consumers = Services.SelectMany(ConsumersIn).ToList();

        Assert.True(consumers.Count >= 11, $"found only {consumers.Count} consumers");
        foreach (var consumer in consumers)
        {
            Assert.False(string.IsNullOrWhiteSpace(consumer.InboxName), $"{consumer.Type.Name} has no inbox name");
            Assert.True(consumer.InboxName.Length <= InboxMessage.MaxConsumerLength, $"{consumer.Type.Name}'s inbox name is too long");
        }

        foreach (var service in consumers.GroupBy(consumer => consumer.Database))
        {
            var duplicates = service.GroupBy(consumer => consumer.InboxName, StringComparer.Ordinal).Where(names => names.Count() > 1).Select(names => names.Key);
            Assert.Empty(duplicates);
        }
    }

    [Fact]
    public void Consumers_keep_the_inbox_names_their_stored_rows_were_written_with()
    {
        // Before the names were explicit the inbox stored the class name; these rows must keep matching, also after a
        // class is renamed (it then keeps its old name as its inbox name).
        var renamed = new Dictionary<string, string> { ["FollowPatientWhenPatientUpdated"] = "RegroupCoverageWhenPatientUpdated" };
        var names = Services.SelectMany(ConsumersIn).ToDictionary(consumer => consumer.Type.Name, consumer => consumer.InboxName);

        Assert.All(names, pair => Assert.Equal(renamed.GetValueOrDefault(pair.Key, pair.Key), pair.Value));
    }

    [Fact]
    public void Every_integration_event_round_trips_through_its_outbox_name()
    {
        Assert.NotEmpty(IntegrationEventTypes);
        foreach (var type in IntegrationEventTypes)
        {
            var name = IntegrationEventNames.NameOf(type);
            Assert.Same(type, IntegrationEventNames.TypeNamed(name));

            var sample = Sample(type);
            var row = OutboxMessage.For(sample);
            Assert.Equal(name, row.Type);
            // Compared as JSON: a record holding a list (a programme) is equal only to itself, never to its copy.
            Assert.Equal(System.Text.Json.JsonSerializer.Serialize(sample, type), System.Text.Json.JsonSerializer.Serialize(IntegrationEventJson.Deserialize(row), type));
        }
    }

    [Fact]
    public void Outbox_names_are_the_type_names_rows_were_stored_with_and_all_distinct()
    {
        // Rows written before the map stored Type.FullName; those pending rows must still be found.
        Assert.All(IntegrationEventTypes, type => Assert.Equal(type.FullName, IntegrationEventNames.NameOf(type)));
        Assert.Equal(IntegrationEventTypes.Length, IntegrationEventNames.Types.Select(IntegrationEventNames.NameOf).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(IntegrationEventTypes.ToHashSet(), IntegrationEventNames.Types.ToHashSet());
    }

    private sealed record Consumer(Type Type, Type Database, string InboxName);

    private static IEnumerable<Consumer> ConsumersIn(Assembly service) =>
        service.GetTypes()
            .Where(type => type is { IsClass: true, IsAbstract: false } && IdempotentBase(type) is not null)
            .Select(type => new Consumer(type, IdempotentBase(type)!.GetGenericArguments()[1], InboxNameOf(type)));

    private static Type? IdempotentBase(Type type)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.IsGenericType && current.GetGenericTypeDefinition() == typeof(IdempotentConsumer<,>))
            {
                return current;
            }
        }

        return null;
    }

    /// <summary>The name is a constant of the type; reading it needs no database or logger, so none is built.</summary>
    private static string InboxNameOf(Type consumer) =>
        (string)consumer.GetProperty(nameof(IdempotentConsumer<PatientRegistered, Microsoft.EntityFrameworkCore.DbContext>.InboxName))!
            .GetValue(RuntimeHelpers.GetUninitializedObject(consumer))!;

    /// <summary>An instance with a value in every constructor parameter, so the JSON round trip covers each field.</summary>
    private static IIntegrationEvent Sample(Type type) => (IIntegrationEvent)Construct(type);

    private static object Construct(Type type)
    {
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var arguments = constructor.GetParameters().Select(parameter => SampleValue(parameter.ParameterType)).ToArray();
        return constructor.Invoke(arguments);
    }

    private static object? SampleValue(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying switch
        {
            _ when underlying == typeof(Guid) => Guid.NewGuid(),
            _ when underlying == typeof(DateTimeOffset) => FixedTime.Nov2026.GetUtcNow(),
            _ when underlying == typeof(DateOnly) => new DateOnly(2026, 11, 23),
            _ when underlying == typeof(string) => "sample",
            _ when underlying == typeof(bool) => true,
            _ when underlying == typeof(int) => 7,
            _ when underlying == typeof(long) => 7L,
            _ when underlying == typeof(decimal) => 7m,
            _ when underlying == typeof(DateTime) => new DateTime(2026, 9, 22, 9, 0, 0),
            _ when underlying == typeof(TimeSpan) => TimeSpan.FromHours(8),
            _ when underlying.IsEnum => Enum.GetValues(underlying).GetValue(0),
            _ when underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) => OneOf(underlying.GetGenericArguments()[0]),
            _ when underlying.Namespace == typeof(IIntegrationEvent).Namespace && underlying.IsClass => Construct(underlying),
            _ => throw new InvalidOperationException($"No sample value for {type}; extend {nameof(SampleValue)}."),
        };
    }

    /// <summary>A one-element array of <paramref name="element"/>, so a list's items are covered too.</summary>
    private static Array OneOf(Type element)
    {
        var array = Array.CreateInstance(element, 1);
        array.SetValue(SampleValue(element), 0);
        return array;
    }
}
