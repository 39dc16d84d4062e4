package cn.civilaffairs.assist.care.internal;

import cn.civilaffairs.assist.care.CareFacts;
import cn.civilaffairs.assist.care.CareGroup;
import cn.civilaffairs.assist.care.CarePolicy;
import cn.civilaffairs.assist.care.EnrolmentStatus;
import cn.civilaffairs.assist.common.SelfCare;
import cn.civilaffairs.assist.common.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A special-difficulty person under care monitoring: grading facts, level, responsible person, schedule. */
@Entity
@Table(name = "care_enrolment")
public class CareEnrolment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "enrolment_no", nullable = false, unique = true)
    private String enrolmentNo;
    @Column(name = "person_id", nullable = false)
    private Long personId;
    @Column(name = "active_person_id")
    private Long activePersonId;
    @Column(name = "village_code", nullable = false)
    private String villageCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "care_group", nullable = false)
    private CareGroup group;
    @Column(name = "lives_alone", nullable = false)
    private boolean livesAlone;
    @Enumerated(EnumType.STRING)
    @Column(name = "self_care", nullable = false)
    private SelfCare selfCare;
    @Column(name = "remote_dwelling", nullable = false)
    private boolean remoteDwelling;
    @Column(name = "neighbours_nearby", nullable = false)
    private int neighboursNearby;
    @Column(name = "serious_illness", nullable = false)
    private boolean seriousIllness;
    @Column(name = "carer_in_difficulty", nullable = false)
    private boolean carerInDifficulty;
    @Column(name = "legal_supporter", nullable = false)
    private boolean legalSupporter;
    @Column(name = "support_lacking", nullable = false)
    private boolean supportLacking;
    private String note;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EnrolmentStatus status;
    @Column(name = "proposed_level")
    private Integer proposedLevel;
    @Column(name = "care_level")
    private Integer level;
    @Column(name = "level_reason")
    private String levelReason;
    @Column(name = "graded_on")
    private LocalDate gradedOn;
    @Column(name = "grading_pending", nullable = false)
    private boolean gradingPending;
    @Column(name = "responsible_username")
    private String responsibleUsername;
    @Column(name = "responsible_name")
    private String responsibleName;
    @Column(name = "last_visit_on")
    private LocalDate lastVisitOn;
    @Column(name = "last_visit_late_reason")
    private String lastVisitLateReason;
    @Column(name = "baseline_on")
    private LocalDate baselineOn;
    @Column(name = "next_due_on")
    private LocalDate nextDueOn;
    @Column(name = "warn_on")
    private LocalDate warnOn;
    @Column(name = "in_emergency", nullable = false)
    private boolean inEmergency;
    @Column(name = "open_warning_id")
    private Long openWarningId;
    @Column(name = "household_plan")
    private String householdPlan;
    @Column(name = "person_measures")
    private String personMeasures;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "ended_on")
    private LocalDate endedOn;
    @Version
    private long version;

    protected CareEnrolment() {}

    public CareEnrolment(String enrolmentNo, long personId, String villageCode, CareGroup group, CareFacts facts,
            String note, Instant now, String actor) {
        this.enrolmentNo = enrolmentNo;
        this.personId = personId;
        this.activePersonId = personId;
        this.villageCode = villageCode;
        this.group = group;
        this.note = note;
        this.status = EnrolmentStatus.PENDING_GRADING;
        this.createdAt = now;
        this.createdBy = actor;
        setFacts(facts);
        this.gradingPending = true;
    }

    void setFacts(CareFacts f) {
        livesAlone = f.livesAlone();
        selfCare = f.selfCare();
        remoteDwelling = f.remoteDwelling();
        neighboursNearby = f.neighboursNearby();
        seriousIllness = f.seriousIllnessOrDisability();
        carerInDifficulty = f.carerInDifficulty();
        legalSupporter = f.legalSupporterPresent();
        supportLacking = f.supportLacking();
    }

    public CareFacts facts() {
        return new CareFacts(livesAlone, selfCare, remoteDwelling, neighboursNearby, seriousIllness, carerInDifficulty,
                legalSupporter, supportLacking);
    }

    public void startRegrading(CareFacts facts, String note) {
        requireNotEnded();
        if (gradingPending) {
            throw new ConflictException("关爱对象 " + enrolmentNo + " 已有待确认的定级，请先完成两委会议确认。");
        }
        setFacts(facts);
        if (note != null) {
            this.note = note;
        }
        gradingPending = true;
    }

    public void grade(int level, String reason, LocalDate on) {
        requireNotEnded();
        this.level = level;
        this.levelReason = reason;
        this.gradedOn = on;
        this.gradingPending = false;
        this.status = level > 0 ? EnrolmentStatus.ACTIVE : EnrolmentStatus.NOT_GRADED;
        if (baselineOn == null) {
            baselineOn = on;
        }
        if (level == 0) {
            nextDueOn = null;
            warnOn = null;
        }
    }

    /** The county approved the exit: no longer scheduled, and the person may be enrolled again later. */
    public void end(LocalDate on) {
        requireNotEnded();
        this.status = EnrolmentStatus.ENDED;
        this.endedOn = on;
        this.activePersonId = null;
        this.openWarningId = null;
        this.gradingPending = false;
        schedule(null, false);
    }

    public LocalDate getEndedOn() { return endedOn; }

    public void requireNotEnded() {
        if (status == EnrolmentStatus.ENDED) {
            throw new ConflictException("关爱对象 " + enrolmentNo + " 已退出关爱帮扶。");
        }
    }

    /** The day the gap is counted from: the last visit, or grading before the first visit. */
    public LocalDate scheduleBase() {
        return lastVisitOn != null ? lastVisitOn : baselineOn;
    }

    public void schedule(CarePolicy.Schedule s, boolean emergency) {
        this.nextDueOn = s == null ? null : s.nextDueOn();
        this.warnOn = s == null ? null : s.warnOn();
        this.inEmergency = emergency;
    }

    /**
     * The last visit only moves forward: a visit dated before it is history and changes nothing
     * here. Returns whether the visit is not before the last recorded one (it then counts for the
     * schedule and may end warnings). The first visit counts whatever its date: before it the
     * schedule runs from the grading day only for want of a visit.
     */
    public boolean visited(LocalDate on, String lateEntryReason) {
        if (lastVisitOn == null || on.isAfter(lastVisitOn)) {
            lastVisitOn = on;
            lastVisitLateReason = lateEntryReason;
            return true;
        }
        if (on.equals(lastVisitOn) && lateEntryReason == null) {
            lastVisitLateReason = null; // the day now has an on-time record
        }
        return on.equals(lastVisitOn);
    }

    public void assign(String username, String name) {
        this.responsibleUsername = username;
        this.responsibleName = name;
    }

    public void plan(String householdPlan, String personMeasures) {
        this.householdPlan = householdPlan;
        this.personMeasures = personMeasures;
    }

    public Long getId() { return id; }
    public String getEnrolmentNo() { return enrolmentNo; }
    public Long getPersonId() { return personId; }
    public String getVillageCode() { return villageCode; }
    public String getStreetCode() { return villageCode.substring(0, 9); }
    public String getDistrictCode() { return villageCode.substring(0, 6); }
    public CareGroup getGroup() { return group; }
    public String getNote() { return note; }
    public EnrolmentStatus getStatus() { return status; }
    public Integer getProposedLevel() { return proposedLevel; }
    public void setProposedLevel(Integer proposedLevel) { this.proposedLevel = proposedLevel; }
    public Integer getLevel() { return level; }
    public String getLevelReason() { return levelReason; }
    public LocalDate getGradedOn() { return gradedOn; }
    public boolean isGradingPending() { return gradingPending; }
    public String getResponsibleUsername() { return responsibleUsername; }
    public String getResponsibleName() { return responsibleName; }
    public LocalDate getLastVisitOn() { return lastVisitOn; }
    /** Non-null when the last visit was entered late (补录): the reason given. */
    public String getLastVisitLateReason() { return lastVisitLateReason; }
    public LocalDate getNextDueOn() { return nextDueOn; }
    public LocalDate getWarnOn() { return warnOn; }
    public boolean isInEmergency() { return inEmergency; }
    public Long getOpenWarningId() { return openWarningId; }
    public void setOpenWarningId(Long openWarningId) { this.openWarningId = openWarningId; }
    public String getHouseholdPlan() { return householdPlan; }
    public String getPersonMeasures() { return personMeasures; }
}
