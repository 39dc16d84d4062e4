package cn.civilaffairs.assist.meeting.internal;

import cn.civilaffairs.assist.department.DepartmentKind;
import cn.civilaffairs.assist.meeting.Decision;
import cn.civilaffairs.assist.meeting.ItemStatus;
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

@Entity(name = "MeetingAgendaItem")
@Table(name = "meeting_item")
public class AgendaItem {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "item_no", nullable = false)
    private String itemNo;
    @Column(name = "case_id", nullable = false)
    private Long caseId;
    @Column(name = "case_no", nullable = false)
    private String caseNo;
    @Column(name = "person_id")
    private Long personId;
    @Column(name = "village_code", nullable = false)
    private String villageCode;
    @Column(name = "district_code", nullable = false)
    private String districtCode;
    @Column(nullable = false)
    private String need;
    @Column(name = "why_not_met", nullable = false)
    private String whyNotMet;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ItemStatus status;
    @Column(name = "listed_by", nullable = false)
    private String listedBy;
    @Column(name = "listed_at", nullable = false)
    private Instant listedAt;
    @Column(name = "meeting_id")
    private Long meetingId;
    @Enumerated(EnumType.STRING)
    private Decision decision;
    @Enumerated(EnumType.STRING)
    @Column(name = "department_kind")
    private DepartmentKind departmentKind;
    @Column(name = "agency_code")
    private String agencyCode;
    @Column(name = "decision_note")
    private String decisionNote;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "returned_note")
    private String returnedNote;
    @Column(name = "plan_round", nullable = false)
    private int planRound;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    private String outcome;
    @Column(name = "outcome_summary")
    private String outcomeSummary;
    @Column(name = "outcome_by")
    private String outcomeBy;
    @Column(name = "outcome_at")
    private Instant outcomeAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Version
    private long version;

    protected AgendaItem() {}

    public AgendaItem(String itemNo, long caseId, String caseNo, Long personId, String villageCode, String districtCode,
            String need, String whyNotMet, String listedBy, Instant listedAt) {
        this.itemNo = itemNo;
        this.caseId = caseId;
        this.caseNo = caseNo;
        this.personId = personId;
        this.villageCode = villageCode;
        this.districtCode = districtCode;
        this.need = need;
        this.whyNotMet = whyNotMet;
        this.listedBy = listedBy;
        this.listedAt = listedAt;
        this.status = ItemStatus.LISTED;
    }

    public void schedule(long meetingId) {
        this.meetingId = meetingId;
        this.status = ItemStatus.SCHEDULED;
    }

    public void decide(Decision decision, DepartmentKind kind, String agencyCode, String note, String by, Instant at) {
        this.decision = decision;
        this.departmentKind = kind;
        this.agencyCode = agencyCode;
        this.decisionNote = note;
        this.decidedBy = by;
        this.decidedAt = at;
        this.status = switch (decision) {
            case DEPARTMENT -> ItemStatus.DEPARTMENT;
            case AGENCY -> ItemStatus.AGENCY_PLANNING;
            case NOT_TAKEN -> ItemStatus.NOT_TAKEN;
        };
        if (decision == Decision.NOT_TAKEN) {
            this.closedAt = at;
        }
    }

    /** The department returned the matter as not its business: back on the agenda for another decision. */
    public void returnedByDepartment(String note) {
        this.returnedNote = note;
        this.status = ItemStatus.LISTED;
        this.meetingId = null;
        this.decision = null;
        this.departmentKind = null;
        this.decisionNote = null;
        this.decidedBy = null;
        this.decidedAt = null;
    }

    public void runsIn(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public int planSubmitted() {
        this.planRound++;
        this.status = ItemStatus.AGENCY_REVIEW;
        return planRound;
    }

    public void planAnswered(boolean agreed) {
        this.status = agreed ? ItemStatus.AGENCY_SERVING : ItemStatus.AGENCY_PLANNING;
    }

    public void agencyClosed(String outcome, String summary, String by, Instant at) {
        this.outcome = outcome;
        this.outcomeSummary = summary;
        this.outcomeBy = by;
        this.outcomeAt = at;
        this.status = ItemStatus.AGENCY_CLOSING;
    }

    public void closeReturned() {
        this.status = ItemStatus.AGENCY_SERVING;
    }

    public void close(String outcome, String summary, String by, Instant at) {
        this.outcome = outcome;
        this.outcomeSummary = summary;
        if (by != null) {
            this.outcomeBy = by;
            this.outcomeAt = at;
        }
        this.closedAt = at;
        this.status = ItemStatus.CLOSED;
    }

    public Long getId() { return id; }
    public String getItemNo() { return itemNo; }
    public Long getCaseId() { return caseId; }
    public String getCaseNo() { return caseNo; }
    public Long getPersonId() { return personId; }
    public String getVillageCode() { return villageCode; }
    public String getDistrictCode() { return districtCode; }
    public String getNeed() { return need; }
    public String getWhyNotMet() { return whyNotMet; }
    public ItemStatus getStatus() { return status; }
    public String getListedBy() { return listedBy; }
    public Instant getListedAt() { return listedAt; }
    public Long getMeetingId() { return meetingId; }
    public Decision getDecision() { return decision; }
    public DepartmentKind getDepartmentKind() { return departmentKind; }
    public String getAgencyCode() { return agencyCode; }
    public String getDecisionNote() { return decisionNote; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getReturnedNote() { return returnedNote; }
    public int getPlanRound() { return planRound; }
    public String getProcessInstanceId() { return processInstanceId; }
    public String getOutcome() { return outcome; }
    public String getOutcomeSummary() { return outcomeSummary; }
    public String getOutcomeBy() { return outcomeBy; }
    public Instant getOutcomeAt() { return outcomeAt; }
    public Instant getClosedAt() { return closedAt; }
}
