namespace PatientNetwork.Events.Notifications;

/// <summary>
/// Every notice in Arabic, French and English. Placeholders: {name} (the contact person), {title}, {when} (the
/// event's start, Africa/Casablanca time, in the language's format), {place} (venue and city, or the link when
/// online), {code} (the registration's code), {expires} (an offer's end). Unit tests check that every kind has its
/// three languages and that each uses only these placeholders.
/// </summary>
public static class NotificationTexts
{
    public static readonly IReadOnlyList<string> Languages = ["ar", "fr", "en"];

    public static readonly IReadOnlySet<string> Placeholders = new HashSet<string>(StringComparer.Ordinal) { "name", "title", "when", "place", "code", "expires" };

    public static readonly IReadOnlyDictionary<(NotificationKind Kind, string Language), NoticeText> All = new Dictionary<(NotificationKind, string), NoticeText>
    {
        [(NotificationKind.RegistrationConfirmed, "ar")] = new(
            "تأكيد التسجيل: {title}",
            "مرحبا {name}،\n\nتم تأكيد تسجيلكم في «{title}».\nالموعد: {when}\nالمكان: {place}\nرمز التسجيل: {code} (يرجى تقديمه عند الدخول).\n\nللإلغاء، استعملوا هذا الرمز في صفحة النشاط.\n\nإلى اللقاء،\nفريق الجمعية",
            "تم تأكيد تسجيلكم: {title}، {when}، {place}. الرمز: {code}"),
        [(NotificationKind.RegistrationConfirmed, "fr")] = new(
            "Inscription confirmée : {title}",
            "Bonjour {name},\n\nVotre inscription à « {title} » est confirmée.\nDate : {when}\nLieu : {place}\nVotre code d'inscription : {code} (à présenter à l'entrée).\n\nPour annuler, utilisez ce code sur la page de l'événement.\n\nÀ bientôt,\nL'équipe de l'association",
            "Inscription confirmée : {title}, {when}, {place}. Code : {code}"),
        [(NotificationKind.RegistrationConfirmed, "en")] = new(
            "Registration confirmed: {title}",
            "Hello {name},\n\nYour registration for “{title}” is confirmed.\nWhen: {when}\nWhere: {place}\nYour registration code: {code} (show it at the entrance).\n\nTo cancel, use this code on the event's page.\n\nSee you soon,\nThe association's team",
            "Registration confirmed: {title}, {when}, {place}. Code: {code}"),

        [(NotificationKind.WaitlistConfirmed, "ar")] = new(
            "لائحة الانتظار: {title}",
            "مرحبا {name}،\n\nاكتمل عدد المقاعد في «{title}» حاليا: أنتم مسجلون في لائحة الانتظار.\nالموعد: {when}\nالمكان: {place}\nرمزكم: {code}\n\nإذا شغر مقعد، سنعرضه عليكم برسالة لمدة محدودة.\n\nفريق الجمعية",
            "أنتم في لائحة الانتظار لـ{title} ({when}). الرمز: {code}. سنراسلكم إذا شغر مقعد."),
        [(NotificationKind.WaitlistConfirmed, "fr")] = new(
            "Liste d'attente : {title}",
            "Bonjour {name},\n\n« {title} » est complet pour le moment : vous êtes sur la liste d'attente.\nDate : {when}\nLieu : {place}\nVotre code : {code}\n\nSi une place se libère, nous vous la proposerons par message, pour un temps limité.\n\nL'équipe de l'association",
            "Liste d'attente pour {title} ({when}). Code : {code}. Nous vous écrirons si une place se libère."),
        [(NotificationKind.WaitlistConfirmed, "en")] = new(
            "Waiting list: {title}",
            "Hello {name},\n\n“{title}” is full for now: you are on the waiting list.\nWhen: {when}\nWhere: {place}\nYour code: {code}\n\nIf a place frees up, we will offer it to you by message, for a limited time.\n\nThe association's team",
            "Waiting list for {title} ({when}). Code: {code}. We will write if a place frees up."),

        [(NotificationKind.PlaceOffered, "ar")] = new(
            "مقعد في انتظاركم: {title}",
            "مرحبا {name}،\n\nشغر مقعد في «{title}» ({when}، {place}).\nهذا المقعد محجوز لكم إلى غاية {expires}. لقبوله، استعملوا رمزكم {code} في صفحة النشاط أو اتصلوا بالجمعية.\nبعد هذا الأجل، سيعرض على الشخص التالي في اللائحة.\n\nفريق الجمعية",
            "مقعد في {title} محجوز لكم إلى غاية {expires}. اقبلوه بالرمز {code}."),
        [(NotificationKind.PlaceOffered, "fr")] = new(
            "Une place vous attend : {title}",
            "Bonjour {name},\n\nUne place s'est libérée pour « {title} » ({when}, {place}).\nElle vous est réservée jusqu'au {expires}. Pour l'accepter, utilisez votre code {code} sur la page de l'événement ou appelez l'association.\nPassé ce délai, elle sera proposée à la personne suivante.\n\nL'équipe de l'association",
            "Une place pour {title} vous est réservée jusqu'au {expires}. Acceptez-la avec le code {code}."),
        [(NotificationKind.PlaceOffered, "en")] = new(
            "A place is waiting for you: {title}",
            "Hello {name},\n\nA place has freed up for “{title}” ({when}, {place}).\nIt is held for you until {expires}. To take it, use your code {code} on the event's page or call the association.\nAfter that, it goes to the next person in line.\n\nThe association's team",
            "A place for {title} is held for you until {expires}. Accept it with code {code}."),

        [(NotificationKind.Reminder, "ar")] = new(
            "تذكير: {title}",
            "مرحبا {name}،\n\nنذكركم بـ«{title}»: {when}، {place}.\nرمز التسجيل: {code}.\nإذا تعذر عليكم الحضور، ألغوا تسجيلكم بهذا الرمز ليستفيد من مقعدكم شخص في لائحة الانتظار.\n\nفريق الجمعية",
            "تذكير: {title}، {when}، {place}. الرمز: {code}."),
        [(NotificationKind.Reminder, "fr")] = new(
            "Rappel : {title}",
            "Bonjour {name},\n\nNous vous rappelons « {title} » : {when}, {place}.\nVotre code d'inscription : {code}.\nSi vous ne pouvez plus venir, annulez avec ce code : votre place ira à une personne en attente.\n\nL'équipe de l'association",
            "Rappel : {title}, {when}, {place}. Code : {code}."),
        [(NotificationKind.Reminder, "en")] = new(
            "Reminder: {title}",
            "Hello {name},\n\nA reminder of “{title}”: {when}, {place}.\nYour registration code: {code}.\nIf you can no longer come, cancel with this code: your place will go to someone on the waiting list.\n\nThe association's team",
            "Reminder: {title}, {when}, {place}. Code: {code}."),

        [(NotificationKind.EventChanged, "ar")] = new(
            "تغيير: {title}",
            "مرحبا {name}،\n\nطرأ تغيير على «{title}». إليكم الموعد والمكان المحيّنين:\nالموعد: {when}\nالمكان: {place}\nتسجيلكم ما زال قائما (الرمز {code}). إذا تعذر عليكم الحضور، ألغوا تسجيلكم بهذا الرمز.\n\nفريق الجمعية",
            "تغيير في {title}: {when}، {place}. تسجيلكم قائم (الرمز {code})."),
        [(NotificationKind.EventChanged, "fr")] = new(
            "Changement : {title}",
            "Bonjour {name},\n\n« {title} » a changé. Voici la date et le lieu à jour :\nDate : {when}\nLieu : {place}\nVotre inscription est maintenue (code {code}). Si vous ne pouvez plus venir, annulez avec ce code.\n\nL'équipe de l'association",
            "Changement pour {title} : {when}, {place}. Inscription maintenue (code {code})."),
        [(NotificationKind.EventChanged, "en")] = new(
            "Change: {title}",
            "Hello {name},\n\n“{title}” has changed. Here are the up-to-date date and place:\nWhen: {when}\nWhere: {place}\nYour registration stands (code {code}). If you can no longer come, cancel with this code.\n\nThe association's team",
            "Change for {title}: {when}, {place}. Your registration stands (code {code})."),

        [(NotificationKind.EventMovedOnline, "ar")] = new(
            "«{title}» عن بعد",
            "مرحبا {name}،\n\nسينظم «{title}» عن بعد في نفس الموعد: {when}.\nالرابط: {place}\nتسجيلكم ما زال قائما (الرمز {code}).\n\nفريق الجمعية",
            "سينظم {title} عن بعد، {when}: {place}"),
        [(NotificationKind.EventMovedOnline, "fr")] = new(
            "« {title} » aura lieu en ligne",
            "Bonjour {name},\n\n« {title} » aura lieu en ligne, à la même date : {when}.\nLien : {place}\nVotre inscription est maintenue (code {code}).\n\nL'équipe de l'association",
            "{title} aura lieu en ligne, {when} : {place}"),
        [(NotificationKind.EventMovedOnline, "en")] = new(
            "“{title}” moves online",
            "Hello {name},\n\n“{title}” will take place online, on the same date: {when}.\nLink: {place}\nYour registration stands (code {code}).\n\nThe association's team",
            "{title} moves online, {when}: {place}"),

        [(NotificationKind.EventPostponed, "ar")] = new(
            "تأجيل: {title}",
            "مرحبا {name}،\n\nتم تأجيل «{title}» الذي كان مقررا في {when}. سنخبركم بالموعد الجديد فور تحديده، وتسجيلكم محفوظ (الرمز {code}).\n\nفريق الجمعية",
            "تم تأجيل {title} ({when}). الموعد الجديد لاحقا، وتسجيلكم محفوظ."),
        [(NotificationKind.EventPostponed, "fr")] = new(
            "Report : {title}",
            "Bonjour {name},\n\n« {title} », prévu le {when}, est reporté. Nous vous communiquerons la nouvelle date dès qu'elle sera fixée ; votre inscription est conservée (code {code}).\n\nL'équipe de l'association",
            "{title} ({when}) est reporté. Nouvelle date à venir ; inscription conservée."),
        [(NotificationKind.EventPostponed, "en")] = new(
            "Postponed: {title}",
            "Hello {name},\n\n“{title}”, planned for {when}, is postponed. We will send you the new date as soon as it is set; your registration is kept (code {code}).\n\nThe association's team",
            "{title} ({when}) is postponed. New date to follow; your registration is kept."),

        [(NotificationKind.EventRescheduled, "ar")] = new(
            "موعد جديد: {title}",
            "مرحبا {name}،\n\nتحدد موعد جديد لـ«{title}»: {when}.\nالمكان: {place}\nتسجيلكم ما زال قائما (الرمز {code}). إذا لم يناسبكم الموعد الجديد، ألغوا تسجيلكم بهذا الرمز.\n\nفريق الجمعية",
            "موعد جديد لـ{title}: {when}، {place}. الرمز: {code}."),
        [(NotificationKind.EventRescheduled, "fr")] = new(
            "Nouvelle date : {title}",
            "Bonjour {name},\n\n« {title} » a une nouvelle date : {when}.\nLieu : {place}\nVotre inscription est maintenue (code {code}). Si la nouvelle date ne vous convient pas, annulez avec ce code.\n\nL'équipe de l'association",
            "Nouvelle date pour {title} : {when}, {place}. Code : {code}."),
        [(NotificationKind.EventRescheduled, "en")] = new(
            "New date: {title}",
            "Hello {name},\n\n“{title}” has a new date: {when}.\nWhere: {place}\nYour registration stands (code {code}). If the new date does not suit you, cancel with this code.\n\nThe association's team",
            "New date for {title}: {when}, {place}. Code: {code}."),

        [(NotificationKind.EventCancelled, "ar")] = new(
            "إلغاء: {title}",
            "مرحبا {name}،\n\nيؤسفنا إخباركم بإلغاء «{title}» الذي كان مقررا في {when}.\nلم يعد لتسجيلكم (الرمز {code}) أي أثر، ولا يلزمكم أي إجراء. شكرا على تفهمكم.\n\nفريق الجمعية",
            "تم إلغاء {title} ({when}). نعتذر عن ذلك."),
        [(NotificationKind.EventCancelled, "fr")] = new(
            "Annulation : {title}",
            "Bonjour {name},\n\nNous avons le regret de vous informer que « {title} », prévu le {when}, est annulé.\nVotre inscription (code {code}) n'a plus d'effet ; vous n'avez rien à faire. Merci de votre compréhension.\n\nL'équipe de l'association",
            "{title} ({when}) est annulé. Nous en sommes désolés."),
        [(NotificationKind.EventCancelled, "en")] = new(
            "Cancelled: {title}",
            "Hello {name},\n\nWe are sorry to let you know that “{title}”, planned for {when}, is cancelled.\nYour registration (code {code}) no longer applies; there is nothing you need to do. Thank you for your understanding.\n\nThe association's team",
            "{title} ({when}) is cancelled. We are sorry."),

        // Direct messages are composed by their feature and sent as queued; these texts only keep the table complete.
        [(NotificationKind.DirectMessage, "ar")] = new("رسالة من الجمعية: {title}", "مرحبا {name}، {title}: {when}، {place}. الرمز: {code}", "{title}: {when}. الرمز: {code}"),
        [(NotificationKind.DirectMessage, "fr")] = new("Message : {title}", "{name}, {title} : {when}, {place}. {code}", "{title} : {when}. {code}"),
        [(NotificationKind.DirectMessage, "en")] = new("Message: {title}", "{name}, {title}: {when}, {place}. {code}", "{title}: {when}. {code}"),
    };
}
