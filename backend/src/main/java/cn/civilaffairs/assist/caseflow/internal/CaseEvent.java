package cn.civilaffairs.assist.caseflow.internal;

import cn.civilaffairs.assist.caseflow.CaseEventType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a case's timeline: what was done, by whom, when. */
@Entity
@Table(name = "case_event")
public class CaseEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id", nullable = false)
    private Long caseId;
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;
    @Column(nullable = false)
    private String actor;
    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false)
    private CaseEventType type;
    private String detail;

    protected CaseEvent() {}

    public CaseEvent(Long caseId, Instant occurredAt, String actor, CaseEventType type, String detail) {
        this.caseId = caseId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.type = type;
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public CaseEventType getType() { return type; }
    public String getDetail() { return detail; }
}
