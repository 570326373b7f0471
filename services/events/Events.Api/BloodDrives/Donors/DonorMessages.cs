using PatientNetwork.Events.BloodDrives.DriveDay;
using PatientNetwork.Events.Infrastructure;
using PatientNetwork.Events.Notifications;

namespace PatientNetwork.Events.BloodDrives.Donors;

/// <summary>
/// Texts to donors and drivers, queued in the Notifications outbox in the caller's transaction (so they exist exactly
/// when the change does), phone and text encrypted until the sender sends them. Each key names the text once.
/// </summary>
public sealed class DonorMessages(EventsDbContext db, DonorContacts contacts, TimeProvider time)
{
    public void ConfirmationCode(Guid eventId, DonorBooking booking, string phoneCiphertext, string language, string smsCode) =>
        Queue(eventId, $"blood-code:{booking.Id}", phoneCiphertext, language switch
        {
            "ar" => $"رمز تأكيد حجزكم للتبرع بالدم: {smsCode}. رقم الحجز: {booking.Code}",
            "en" => $"Your blood donation booking code: {smsCode}. Booking {booking.Code}",
            _ => $"Code de confirmation de votre don de sang : {smsCode}. Réservation {booking.Code}",
        });

    public void Booked(Guid eventId, DonorBooking booking, string phoneCiphertext, string language, DateTimeOffset slotStart, string? pickupPoint, DateTimeOffset? pickupAt) =>
        Queue(eventId, $"blood-booked:{booking.Id}", phoneCiphertext, Describe(language, booking.Code, slotStart, pickupPoint, pickupAt));

    public void Moved(Guid eventId, DonorBooking booking, string phoneCiphertext, string language, DateTimeOffset slotStart, string? pickupPoint, DateTimeOffset? pickupAt, Guid runId) =>
        Queue(eventId, $"blood-moved:{booking.Id}:{runId}", phoneCiphertext, Describe(language, booking.Code, slotStart, pickupPoint, pickupAt));

    /// <summary>The thanks after a donation: when they may give again and, when there is one, the drive to book then.</summary>
    public void NextEligible(Guid eventId, DonorBooking booking, string phoneCiphertext, string language, DateOnly? eligibleFrom, NextDriveSuggestion? next) =>
        Queue(eventId, $"blood-thanks:{booking.Id}", phoneCiphertext, language switch
        {
            "ar" => $"شكرا على تبرعكم بالدم. يمكنكم التبرع مجددا ابتداء من {eligibleFrom:yyyy-MM-dd}." + (next is null ? "" : $" حملة التبرع القادمة: {next.Title}، {next.Day:yyyy-MM-dd}."),
            "en" => $"Thank you for giving blood. You may give again from {eligibleFrom:yyyy-MM-dd}." + (next is null ? "" : $" Next blood drive: {next.Title}, {next.Day:yyyy-MM-dd}."),
            _ => $"Merci pour votre don de sang. Vous pourrez donner à nouveau à partir du {eligibleFrom:yyyy-MM-dd}." + (next is null ? "" : $" Prochaine collecte : {next.Title}, le {next.Day:yyyy-MM-dd}."),
        });

    public void Manifest(Guid eventId, Guid runId, string driverPhoneCiphertext, string text, int version) =>
        Queue(eventId, $"blood-manifest:{runId}:{version}", driverPhoneCiphertext, text);

    private static string Describe(string language, string code, DateTimeOffset slotStart, string? pickupPoint, DateTimeOffset? pickupAt)
    {
        var culture = NotificationRenderer.CultureOf(language);
        var when = NotificationRenderer.Format(slotStart, culture);
        var pickup = pickupAt is { } at ? NotificationRenderer.Format(at, culture) : null;
        return language switch
        {
            "ar" => $"حجزكم للتبرع بالدم مؤكد: {when}. الرقم: {code}" + (pickup is null ? "" : $". نقطة الركوب: {pickupPoint}، {pickup}"),
            "en" => $"Blood donation booked: {when}. Booking {code}" + (pickup is null ? "" : $". Pickup: {pickupPoint}, {pickup}"),
            _ => $"Don de sang réservé : {when}. Réservation {code}" + (pickup is null ? "" : $". Prise en charge : {pickupPoint}, {pickup}"),
        };
    }

    private void Queue(Guid eventId, string key, string phoneCiphertext, string text) =>
        db.Notifications.Add(Notification.QueueDirectSms(eventId, key, phoneCiphertext, contacts.EncryptText(text), time.GetUtcNow()));
}
