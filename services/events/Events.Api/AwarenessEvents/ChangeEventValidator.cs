using PatientNetwork.Events.Places;

namespace PatientNetwork.Events.AwarenessEvents;

public sealed class ChangeEventValidator(TimeProvider time, EventCities cities) : EventDetailsValidator<ChangeEventRequest>(time, cities);
