using PatientNetwork.Events.Places;

namespace PatientNetwork.Events.AwarenessEvents;

public sealed class ScheduleEventValidator(TimeProvider time, EventCities cities) : EventDetailsValidator<ScheduleEventRequest>(time, cities);
