package cn.civilaffairs.assist.meeting.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

@Entity(name = "MeetingAgencyDelivery")
@Table(name = "meeting_delivery")
public class AgencyDelivery {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "item_id", nullable = false)
    private Long itemId;
    @Column(name = "delivered_on", nullable = false)
    private LocalDate deliveredOn;
    @Column(nullable = false)
    private String content;
    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected AgencyDelivery() {}

    public AgencyDelivery(long itemId, LocalDate deliveredOn, String content, int durationMinutes, String recordedBy,
            Instant recordedAt) {
        this.itemId = itemId;
        this.deliveredOn = deliveredOn;
        this.content = content;
        this.durationMinutes = durationMinutes;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() { return id; }
    public Long getItemId() { return itemId; }
    public LocalDate getDeliveredOn() { return deliveredOn; }
    public String getContent() { return content; }
    public int getDurationMinutes() { return durationMinutes; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
