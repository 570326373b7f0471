using Microsoft.EntityFrameworkCore;
using PatientNetwork.Messaging.Inbox;
using PatientNetwork.Messaging.Outbox;

namespace PatientNetwork.Messaging;

public static class MessagingModelBuilderExtensions
{
    /// <summary>Adds the outbox and inbox tables to a service's own database.</summary>
    public static ModelBuilder AddOutboxAndInbox(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable("outbox_messages");
            outbox.HasKey(m => m.Id);
            outbox.Property(m => m.Type).HasMaxLength(300);
            outbox.Property(m => m.Payload).HasColumnType("jsonb");
            outbox.Property(m => m.TraceParent).HasMaxLength(128);
            // The relay's queue: what is neither sent nor parked, oldest first.
            outbox.HasIndex(m => m.OccurredAt).HasFilter("sent_at IS NULL AND parked_at IS NULL").HasDatabaseName("ix_outbox_messages_unsent");
            // The pruner's range and the health check's count stay small index scans as the table ages.
            outbox.HasIndex(m => m.SentAt).HasFilter("sent_at IS NOT NULL").HasDatabaseName("ix_outbox_messages_sent");
            outbox.HasIndex(m => m.ParkedAt).HasFilter("parked_at IS NOT NULL").HasDatabaseName("ix_outbox_messages_parked");
        });
        modelBuilder.Entity<InboxMessage>(inbox =>
        {
            inbox.ToTable("inbox_messages");
            inbox.HasKey(m => new { m.EventId, m.Consumer }).HasName("pk_inbox_messages");
            inbox.Property(m => m.Consumer).HasMaxLength(InboxMessage.MaxConsumerLength);
            inbox.HasIndex(m => m.ProcessedAt).HasDatabaseName("ix_inbox_messages_processed_at");
        });
        return modelBuilder;
    }
}
