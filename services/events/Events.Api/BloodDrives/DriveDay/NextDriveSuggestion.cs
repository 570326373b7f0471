using Microsoft.EntityFrameworkCore;
using PatientNetwork.Events.AwarenessEvents;
using PatientNetwork.Events.BloodDrives.Sites;
using PatientNetwork.Events.Infrastructure;

namespace PatientNetwork.Events.BloodDrives.DriveDay;

/// <summary>
/// The drive suggested in the thank-you sent after a donation: the first slot, on or after the donor's next eligible day,
/// of a drive of the same association and branch that the public can book now (published on the public calendar and
/// taking registrations). A drive the donor could not book yet is never suggested, so the suggestion is one they can act on.
/// </summary>
public sealed record NextDriveSuggestion(Guid DriveId, string Title, DateOnly Day)
{
    public static async Task<NextDriveSuggestion?> FindAsync(EventsDbContext db, BloodDrive after, DateOnly eligibleFrom, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(after);
        var casablanca = TimeZoneInfo.FindSystemTimeZoneById(SlotSizing.TimeZoneId);
        var earliest = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(eligibleFrom.ToDateTime(TimeOnly.MinValue), casablanca), TimeSpan.Zero);
        var next = await (from slot in db.DriveSlots.AsNoTracking()
                          join drive in db.BloodDrives.AsNoTracking() on slot.DriveId equals drive.Id
                          join awarenessEvent in db.AwarenessEvents.AsNoTracking() on drive.EventId equals awarenessEvent.Id
                          where drive.Id != after.Id && drive.AssociationId == after.AssociationId && drive.BranchId == after.BranchId
                              && slot.StartsAt >= earliest && !awarenessEvent.MembersOnly
                              && (awarenessEvent.Status == EventStatus.Published || awarenessEvent.Status == EventStatus.MovedOnline)
                          orderby slot.StartsAt, drive.Id
                          select new { drive.Id, awarenessEvent.Title, slot.StartsAt }).FirstOrDefaultAsync(cancellationToken);
        return next is null
            ? null
            : new NextDriveSuggestion(next.Id, next.Title, DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(next.StartsAt, casablanca).DateTime));
    }
}
