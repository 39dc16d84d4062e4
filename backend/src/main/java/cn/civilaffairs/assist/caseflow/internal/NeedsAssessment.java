package cn.civilaffairs.assist.caseflow.internal;

import cn.civilaffairs.assist.caseflow.CarerSituation;
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

    public NeedsAssessment(Long caseId, int recipientCategory, boolean alreadyRecognised, SelfCare selfCare,
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

    public Long getCaseId() { return caseId; }
    public int getRecipientCategory() { return recipientCategory; }
    public boolean isAlreadyRecognised() { return alreadyRecognised; }
    public SelfCare getSelfCare() { return selfCare; }
    public CarerSituation getCarerSituation() { return carerSituation; }
    public String getLivingSituation() { return livingSituation; }
    public String getNeedsNote() { return needsNote; }
    public String getAssessedBy() { return assessedBy; }
    public Instant getAssessedAt() { return assessedAt; }
}
