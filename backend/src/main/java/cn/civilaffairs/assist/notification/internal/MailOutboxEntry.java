package cn.civilaffairs.assist.notification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "mail_outbox")
public class MailOutboxEntry {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "dedup_key", nullable = false, unique = true)
    private String dedupKey;
    @Column(nullable = false)
    private String recipient;
    @Column(nullable = false)
    private String subject;
    @Column(nullable = false)
    private String body;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "sent_at")
    private Instant sentAt;
    @Column(nullable = false)
    private int attempts;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "attachment_key")
    private String attachmentKey;
    @Column(name = "attachment_name")
    private String attachmentName;

    protected MailOutboxEntry() {}

    public MailOutboxEntry(String dedupKey, String recipient, String subject, String body, Instant createdAt) {
        this.dedupKey = dedupKey;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.createdAt = createdAt;
    }

    /** A stored file (FileStorage key) sent along as an attachment under the given name. */
    public MailOutboxEntry attach(String fileKey, String fileName) {
        this.attachmentKey = fileKey;
        this.attachmentName = fileName;
        return this;
    }

    void markSent(Instant at) {
        this.sentAt = at;
        this.attempts++;
        this.lastError = null;
    }

    void markFailed(String error) {
        this.attempts++;
        this.lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
    }

    Long getId() { return id; }
    String getDedupKey() { return dedupKey; }
    String getRecipient() { return recipient; }
    String getSubject() { return subject; }
    String getBody() { return body; }
    String getAttachmentKey() { return attachmentKey; }
    String getAttachmentName() { return attachmentName; }
    Instant getSentAt() { return sentAt; }
    int getAttempts() { return attempts; }
}
