using PatientNetwork.Events.Programme;

namespace PatientNetwork.Events.AwarenessEvents;

/// <summary>
/// An event an association runs: an awareness day, a lecture, a workshop, a celebration, a remote session or a
/// blood drive, with its place, audience, capacity, registration window and programme. Its status moves only
/// through the methods below, each refusing a move its status does not allow (<see cref="EventRuleException"/>,
/// a 409). Every change the public can see bumps <see cref="Sequence"/>, the iCalendar SEQUENCE of the event.
/// </summary>
public sealed class AwarenessEvent
{
    private AwarenessEvent()
    {
    }

    public Guid Id { get; private set; }

    public string AssociationId { get; private set; } = "";

    public string? BranchId { get; private set; }

    public string Title { get; private set; } = "";

    public EventKind Kind { get; private set; }

    public Audience Audience { get; private set; }

    /// <summary>The city's code in the Registry's list, or null for an online-only event.</summary>
    public string? City { get; private set; }

    public string? Venue { get; private set; }

    public string? OnlineUrl { get; private set; }

    /// <summary>Organising partners by name: a hospital, a cultural complex, a company.</summary>
    public List<string> Partners { get; private set; } = [];

    public string? DescriptionAr { get; private set; }

    public string? DescriptionFr { get; private set; }

    public string? DescriptionEn { get; private set; }

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    /// <summary>Places of the whole event, counting every person of a party; null is unlimited.</summary>
    public int? Capacity { get; private set; }

    /// <summary>How many people may be inside at once (a venue's or a waiting room's limit); null is no limit.</summary>
    public int? PeopleInsideCap { get; private set; }

    /// <summary>People inside now, kept by check-in under the event's row lock.</summary>
    public int PeopleInside { get; private set; }

    public DateTimeOffset? RegistrationOpensAt { get; private set; }

    public DateTimeOffset? RegistrationClosesAt { get; private set; }

    /// <summary>Members-only events take no public registration and are not on the public calendar.</summary>
    public bool MembersOnly { get; private set; }

    /// <summary>Questions every registration answers, in order (answers are given in the same order).</summary>
    public List<string> Questions { get; private set; } = [];

    /// <summary>How long a freed place is held for the party it is offered to; null is the service's default.</summary>
    public int? OfferLifetimeSeconds { get; private set; }

    public EventStatus Status { get; private set; }

    /// <summary>Bumped on every change the public can see; the iCalendar SEQUENCE and the order of the calendar's messages.</summary>
    public int Sequence { get; private set; }

    public Guid? SeriesId { get; private set; }

    /// <summary>For an edition of a series: the date the series' rule gave it (its iCalendar RECURRENCE-ID), kept when the edition moves.</summary>
    public DateOnly? OccurrenceDate { get; private set; }

    /// <summary>
    /// When the reminder pass for the current start ran (null: not yet). The pass reminds the registrations that hold
    /// a place at that moment; a registration taken later gets its confirmation only. A new start clears it.
    /// </summary>
    public DateTimeOffset? RemindersQueuedAt { get; private set; }

    public DateTimeOffset ScheduledAt { get; private set; }

    public string ScheduledBy { get; private set; } = "";

    public List<EventSession> Sessions { get; private set; } = [];

    public TimeSpan? OfferLifetime => OfferLifetimeSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null;

    public bool IsOnPublicCalendar => Status is not EventStatus.Draft && !MembersOnly;

    public bool TakesRegistrations => Status is EventStatus.Published or EventStatus.MovedOnline;

    public static AwarenessEvent Schedule(ScheduleEventRequest request, string? cityCode, string associationId, string? branchId, string scheduledBy, DateTimeOffset now)
    {
        var scheduled = new AwarenessEvent
        {
            Id = Guid.CreateVersion7(now),
            AssociationId = associationId,
            BranchId = branchId,
            Status = request.Draft == true ? EventStatus.Draft : EventStatus.Published,
            Sequence = 0,
            ScheduledAt = now,
            ScheduledBy = scheduledBy,
        };
        scheduled.Apply(request, cityCode);
        return scheduled;
    }

    /// <summary>A year's edition of a series, as a draft, with the programme of the series' last edition moved to its day.</summary>
    public static AwarenessEvent DraftEdition(Series.EventSeries series, DateOnly occurrence, DateTimeOffset startsAt, AwarenessEvent? last, string scheduledBy, DateTimeOffset now)
    {
        var edition = new AwarenessEvent
        {
            Id = Guid.CreateVersion7(now),
            AssociationId = series.AssociationId,
            BranchId = series.BranchId,
            Title = series.Title,
            Kind = series.Kind,
            Audience = series.Audience,
            City = series.City,
            Venue = series.Venue,
            StartsAt = startsAt.ToUniversalTime(),
            EndsAt = startsAt.ToUniversalTime() + series.Duration,
            Status = EventStatus.Draft,
            SeriesId = series.Id,
            OccurrenceDate = occurrence,
            ScheduledAt = now,
            ScheduledBy = scheduledBy,
        };
        if (last is not null)
        {
            edition.CopyFrom(last, startsAt - last.StartsAt, now);
        }

        return edition;
    }

    public void Change(ChangeEventRequest request, string? cityCode, int placesTaken)
    {
        RefuseIfCancelled("changed");
        if (request.Capacity is { } capacity && capacity < placesTaken)
        {
            throw new EventRuleException($"The capacity cannot go below the {placesTaken} places already taken.");
        }

        var previousStart = StartsAt;
        Apply(request, cityCode);
        var moved = StartsAt - previousStart;
        if (moved != TimeSpan.Zero)
        {
            RemindersQueuedAt = null;
        }

        foreach (var session in Sessions)
        {
            session.MoveBy(moved);
            if (!Contains(session.StartsAt, session.EndsAt))
            {
                throw new EventRuleException($"The session '{session.Title}' would fall outside the event's new times; change it first.");
            }
        }

        Bump();
    }

    public void Publish()
    {
        if (Status != EventStatus.Draft)
        {
            throw new EventRuleException($"Only a draft is published; this event is {Describe(Status)}.");
        }

        Status = EventStatus.Published;
        Bump();
    }

    public void Cancel()
    {
        RefuseIfCancelled("cancelled again");
        Status = EventStatus.Cancelled;
        Bump();
    }

    /// <summary>Keeps the date and the registrations, now online at <paramref name="onlineUrl"/>.</summary>
    public void MoveOnline(string onlineUrl)
    {
        if (Status is not (EventStatus.Published or EventStatus.Postponed))
        {
            throw new EventRuleException($"Only a published or postponed event moves online; this event is {Describe(Status)}.");
        }

        Status = EventStatus.MovedOnline;
        OnlineUrl = onlineUrl;
        Bump();
    }

    /// <summary>Postponed to a date still to be fixed: off registrations, still on the calendar as postponed.</summary>
    public void Postpone()
    {
        if (Status is not (EventStatus.Published or EventStatus.MovedOnline))
        {
            throw new EventRuleException($"Only a published event is postponed; this event is {Describe(Status)}.");
        }

        Status = EventStatus.Postponed;
        Bump();
    }

    /// <summary>A postponed event gets its new times and is published again.</summary>
    public void Reschedule(DateTimeOffset startsAt, DateTimeOffset endsAt)
    {
        if (Status != EventStatus.Postponed)
        {
            throw new EventRuleException($"Only a postponed event is rescheduled; this event is {Describe(Status)}.");
        }

        var moved = AsStored(startsAt) - StartsAt;
        StartsAt = AsStored(startsAt);
        EndsAt = AsStored(endsAt);
        foreach (var session in Sessions)
        {
            session.MoveBy(moved);
        }

        Status = EventStatus.Published;
        RemindersQueuedAt = null;
        Bump();
    }

    /// <summary>Records the reminder pass; refused when it already ran for this start, or the event is not taking place ahead.</summary>
    public void QueueReminders(DateTimeOffset now)
    {
        if (Status is not (EventStatus.Published or EventStatus.MovedOnline))
        {
            throw new EventRuleException($"Reminders go out for a published event only; this event is {Describe(Status)}.");
        }

        if (now >= StartsAt)
        {
            throw new EventRuleException("This event has started; reminders are sent before it.");
        }

        if (RemindersQueuedAt is { } queuedAt)
        {
            throw new EventRuleException($"The reminders for this event went out at {queuedAt:u}; each registrant is reminded once.");
        }

        RemindersQueuedAt = now;
    }

    public bool Contains(DateTimeOffset start, DateTimeOffset end) => start >= StartsAt && end <= EndsAt && end > start;

    /// <summary>Refuses a registration the event cannot take now: its status, its window, members only for the public.</summary>
    public void RefuseRegistrationUnlessOpen(DateTimeOffset now, bool fromThePublic)
    {
        if (!TakesRegistrations)
        {
            throw new EventRuleException($"This event takes no registrations: it is {Describe(Status)}.");
        }

        if (fromThePublic && MembersOnly)
        {
            throw new EventRuleException("This event is for members only; the association registers its members.");
        }

        var closes = RegistrationClosesAt ?? EndsAt;
        if ((RegistrationOpensAt is { } opens && now < opens) || now >= closes)
        {
            throw new EventRuleException("Registration for this event is not open now.");
        }
    }

    public EventSession AddSession(SessionRequest request, DateTimeOffset now)
    {
        RefuseIfCancelled("given a session");
        var session = EventSession.Plan(Id, request, now);
        Sessions.Add(session);
        Bump();
        return session;
    }

    public void ChangeSession(EventSession session, SessionRequest request, int placesTaken)
    {
        RefuseIfCancelled("changed");
        if (request.Capacity is { } capacity && capacity < placesTaken)
        {
            throw new EventRuleException($"The session's capacity cannot go below the {placesTaken} places already taken.");
        }

        session.Change(request);
        Bump();
    }

    public void RemoveSession(EventSession session, int placesTaken)
    {
        RefuseIfCancelled("changed");
        if (placesTaken > 0)
        {
            throw new EventRuleException($"{placesTaken} places are taken in this session; cancel those registrations first.");
        }

        Sessions.Remove(session);
        Bump();
    }

    /// <summary>Counts a party in at the door, refusing when the people-inside cap would be passed.</summary>
    public void LetIn(int people)
    {
        if (PeopleInsideCap is { } cap && PeopleInside + people > cap)
        {
            throw new EventRuleException($"The venue is full: {PeopleInside} of {cap} people are inside.");
        }

        PeopleInside += people;
    }

    public void LetOut(int people) => PeopleInside = Math.Max(0, PeopleInside - people);

    private void Apply(IEventDetails request, string? cityCode)
    {
        Title = request.Title!.Trim();
        Kind = request.Kind!.Value;
        Audience = request.Audience ?? Audience.Public;
        City = cityCode;
        Venue = NullIfBlank(request.Venue);
        OnlineUrl = NullIfBlank(request.OnlineUrl);
        Partners = request.Partners?.Select(p => p.Trim()).ToList() ?? [];
        DescriptionAr = NullIfBlank(request.Descriptions?.Ar);
        DescriptionFr = NullIfBlank(request.Descriptions?.Fr);
        DescriptionEn = NullIfBlank(request.Descriptions?.En);
        // PostgreSQL's timestamptz takes UTC only; the offset a client wrote carries no meaning of its own.
        StartsAt = AsStored(request.StartsAt!.Value);
        EndsAt = AsStored(request.EndsAt!.Value);
        Capacity = request.Capacity;
        PeopleInsideCap = request.PeopleInsideCap;
        RegistrationOpensAt = request.RegistrationOpensAt?.ToUniversalTime();
        RegistrationClosesAt = request.RegistrationClosesAt?.ToUniversalTime();
        MembersOnly = request.MembersOnly ?? false;
        Questions = request.Questions?.Select(q => q.Trim()).ToList() ?? [];
        OfferLifetimeSeconds = request.OfferLifetimeSeconds;
    }

    private void CopyFrom(AwarenessEvent last, TimeSpan moved, DateTimeOffset now)
    {
        Audience = last.Audience;
        City = last.City;
        Venue = last.Venue;
        Partners = [.. last.Partners];
        DescriptionAr = last.DescriptionAr;
        DescriptionFr = last.DescriptionFr;
        DescriptionEn = last.DescriptionEn;
        EndsAt = StartsAt + (last.EndsAt - last.StartsAt);
        Capacity = last.Capacity;
        PeopleInsideCap = last.PeopleInsideCap;
        MembersOnly = last.MembersOnly;
        Questions = [.. last.Questions];
        OfferLifetimeSeconds = last.OfferLifetimeSeconds;
        Sessions = last.Sessions.Select(s => s.CopyFor(Id, moved, now)).ToList();
    }

    private void RefuseIfCancelled(string what)
    {
        if (Status == EventStatus.Cancelled)
        {
            throw new EventRuleException($"A cancelled event is not {what}.");
        }
    }

    private void Bump() => Sequence++;

    /// <summary>
    /// UTC at PostgreSQL's precision (microseconds), so the time kept in memory is the time read back: the same
    /// start sent again is the same start, not a move of a few hundred nanoseconds.
    /// </summary>
    private static DateTimeOffset AsStored(DateTimeOffset time)
    {
        var utc = time.ToUniversalTime();
        return utc.AddTicks(-(utc.Ticks % TimeSpan.TicksPerMicrosecond));
    }

    private static string Describe(EventStatus status) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(status.ToString());

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
