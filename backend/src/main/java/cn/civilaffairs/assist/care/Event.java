package cn.civilaffairs.assist.care;

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
class Event {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "enrolment_id", nullable = false)
    Long enrolmentId;
    @Column(name = "occurred_at", nullable = false)
    Instant occurredAt;
    @Column(nullable = false)
    String actor;
    @Column(name = "event_type", nullable = false)
    String type;
    String detail;

    protected Event() {}

    Event(Long enrolmentId, Instant occurredAt, String actor, String type, String detail) {
        this.enrolmentId = enrolmentId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.type = type;
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
    }
}
