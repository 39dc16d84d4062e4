package cn.civilaffairs.assist.caseflow.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** 异议: raised during a notice period, re-checked by the street office. */
@Entity
@Table(name = "objection")
public class Objection {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "notice_id", nullable = false)
    private Long noticeId;
    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Column(nullable = false)
    private String content;
    private String decision;
    @Column(name = "decision_note")
    private String decisionNote;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;

    protected Objection() {}

    public Objection(Long noticeId, String content, String recordedBy, Instant at) {
        this.noticeId = noticeId;
        this.content = content;
        this.recordedBy = recordedBy;
        this.raisedAt = at;
    }

    public void decide(boolean upheld, String note, String by, Instant at) {
        this.decision = upheld ? "UPHELD" : "DISMISSED";
        this.decisionNote = note;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    /** The notice was withdrawn (another objection upheld, or the case ended) before this one was decided. */
    public void lapse(String note, String by, Instant at) {
        this.decision = "LAPSED";
        this.decisionNote = note;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public Long getId() { return id; }
    public Long getNoticeId() { return noticeId; }
    public Instant getRaisedAt() { return raisedAt; }
    public String getRecordedBy() { return recordedBy; }
    public String getContent() { return content; }
    public String getDecision() { return decision; }
    public String getDecisionNote() { return decisionNote; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
}
