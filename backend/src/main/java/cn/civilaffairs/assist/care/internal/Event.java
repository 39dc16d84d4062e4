package cn.civilaffairs.assist.care.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

@Entity(name = "CareEvent")
@Table(name = "care_event")
public class Event {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "enrolment_id", nullable = false)
    private Long enrolmentId;
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;
    @Column(nullable = false)
    private String actor;
    @Column(name = "event_type", nullable = false)
    private String type;
    private String detail;

    protected Event() {}

    public Event(Long enrolmentId, Instant occurredAt, String actor, String type, String detail) {
        this.enrolmentId = enrolmentId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.type = type;
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
    }

    public Instant getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public String getType() { return type; }
    public String getDetail() { return detail; }
}
