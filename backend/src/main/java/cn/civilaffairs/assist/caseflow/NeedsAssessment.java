package cn.civilaffairs.assist.caseflow;

import cn.civilaffairs.assist.common.SelfCare;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The street office's home investigation and needs assessment (需求认定表). */
@Entity
@Table(name = "needs_assessment")
public class NeedsAssessment {
    public enum CarerSituation { HAS_CARER, CARER_UNABLE, NO_CARER }

    @Id
    @Column(name = "case_id")
    private Long caseId;
    @Column(name = "recipient_category", nullable = false)
    private int recipientCategory;
    @Column(name = "already_recognised", nullable = false)
    private boolean alreadyRecognised;
    @Enumerated(EnumType.STRING)
    @Column(name = "self_care", nullable = false)
    private SelfCare selfCare;
    @Enumerated(EnumType.STRING)
    @Column(name = "carer_situation", nullable = false)
    private CarerSituation carerSituation;
    @Column(name = "living_situation")
    private String livingSituation;
    @Column(name = "needs_note")
    private String needsNote;
    @Column(name = "assessed_by", nullable = false)
    private String assessedBy;
    @Column(name = "assessed_at", nullable = false)
    private Instant assessedAt;

    protected NeedsAssessment() {}

    NeedsAssessment(Long caseId, int recipientCategory, boolean alreadyRecognised, SelfCare selfCare,
            CarerSituation carerSituation, String livingSituation, String needsNote, String assessedBy, Instant at) {
        this.caseId = caseId;
        this.recipientCategory = recipientCategory;
        this.alreadyRecognised = alreadyRecognised;
        this.selfCare = selfCare;
        this.carerSituation = carerSituation;
        this.livingSituation = livingSituation;
        this.needsNote = needsNote;
        this.assessedBy = assessedBy;
        this.assessedAt = at;
    }

    Long getCaseId() { return caseId; }
    int getRecipientCategory() { return recipientCategory; }
    boolean isAlreadyRecognised() { return alreadyRecognised; }
    SelfCare getSelfCare() { return selfCare; }
    CarerSituation getCarerSituation() { return carerSituation; }
    String getLivingSituation() { return livingSituation; }
    String getNeedsNote() { return needsNote; }
    String getAssessedBy() { return assessedBy; }
    Instant getAssessedAt() { return assessedAt; }
}
