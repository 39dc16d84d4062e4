package cn.civilaffairs.assist.meeting.internal;

import cn.civilaffairs.assist.meeting.PlanAction;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One round of an agency's service plan and the district's answer to it; rounds are never overwritten. */
@Entity(name = "MeetingAgencyPlan")
@Table(name = "meeting_plan")
public class AgencyPlan {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "item_id", nullable = false)
    private Long itemId;
    @Column(name = "plan_round", nullable = false)
    private int round;
    @Column(nullable = false)
    private String goals;
    @Column(nullable = false)
    private String services;
    @Column(name = "schedule_from", nullable = false)
    private LocalDate scheduleFrom;
    @Column(name = "schedule_to", nullable = false)
    private LocalDate scheduleTo;
    @Column(nullable = false)
    private String staff;
    @Column(nullable = false)
    private BigDecimal budget;
    @Column(name = "submitted_by", nullable = false)
    private String submittedBy;
    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "review_action")
    private PlanAction reviewAction;
    @Column(name = "review_comment")
    private String reviewComment;
    @Column(name = "reviewed_by")
    private String reviewedBy;
    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    protected AgencyPlan() {}

    public AgencyPlan(long itemId, int round, String goals, String services, LocalDate scheduleFrom,
            LocalDate scheduleTo, String staff, BigDecimal budget, String submittedBy, Instant submittedAt) {
        this.itemId = itemId;
        this.round = round;
        this.goals = goals;
        this.services = services;
        this.scheduleFrom = scheduleFrom;
        this.scheduleTo = scheduleTo;
        this.staff = staff;
        this.budget = budget;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
    }

    public void answer(PlanAction action, String comment, String by, Instant at) {
        this.reviewAction = action;
        this.reviewComment = comment;
        this.reviewedBy = by;
        this.reviewedAt = at;
    }

    public Long getId() { return id; }
    public Long getItemId() { return itemId; }
    public int getRound() { return round; }
    public String getGoals() { return goals; }
    public String getServices() { return services; }
    public LocalDate getScheduleFrom() { return scheduleFrom; }
    public LocalDate getScheduleTo() { return scheduleTo; }
    public String getStaff() { return staff; }
    public BigDecimal getBudget() { return budget; }
    public String getSubmittedBy() { return submittedBy; }
    public Instant getSubmittedAt() { return submittedAt; }
    public PlanAction getReviewAction() { return reviewAction; }
    public String getReviewComment() { return reviewComment; }
    public String getReviewedBy() { return reviewedBy; }
    public Instant getReviewedAt() { return reviewedAt; }
}
