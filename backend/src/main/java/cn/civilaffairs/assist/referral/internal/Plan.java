package cn.civilaffairs.assist.referral.internal;

import cn.civilaffairs.assist.referral.PlanContent;
import cn.civilaffairs.assist.referral.PlanStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

@Entity(name = "ReferralPlan")
@Table(name = "referral_plan")
public class Plan {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "batch_id", nullable = false)
    private Long batchId;
    @Column(name = "item_id")
    private Long itemId;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "referral_plan_content", joinColumns = @JoinColumn(name = "plan_id"))
    @Column(name = "content_code")
    @Enumerated(EnumType.STRING)
    private Set<PlanContent> contents = new TreeSet<>();
    @Column(name = "schedule_from", nullable = false)
    private LocalDate scheduleFrom;
    @Column(name = "schedule_to", nullable = false)
    private LocalDate scheduleTo;
    @Column(nullable = false)
    private BigDecimal budget;
    @Column(name = "responsible_person", nullable = false)
    private String responsiblePerson;
    @Column(name = "responsible_phone")
    private String responsiblePhone;
    private String description;
    @Column(nullable = false)
    private int version;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanStatus status;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "updated_by", nullable = false)
    private String updatedBy;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "agreed_at")
    private Instant agreedAt;
    @Column(name = "agreed_by")
    private String agreedBy;

    protected Plan() {}

    public Plan(long batchId, Long itemId) {
        this.batchId = batchId;
        this.itemId = itemId;
        this.version = 1;
        this.status = PlanStatus.DRAFT;
    }

    public void write(Collection<PlanContent> contents, LocalDate from, LocalDate to, BigDecimal budget,
            String responsiblePerson, String responsiblePhone, String description, String by, Instant at) {
        if (status == PlanStatus.RETURNED) {
            version++;
            status = PlanStatus.DRAFT;
        }
        this.contents.clear();
        this.contents.addAll(EnumSet.copyOf(contents));
        this.scheduleFrom = from;
        this.scheduleTo = to;
        this.budget = budget;
        this.responsiblePerson = responsiblePerson;
        this.responsiblePhone = responsiblePhone;
        this.description = description;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public boolean editable() {
        return status == PlanStatus.DRAFT || status == PlanStatus.RETURNED;
    }

    public void submit(Instant at) {
        this.status = PlanStatus.SUBMITTED;
        this.submittedAt = at;
    }

    public void returned() {
        this.status = PlanStatus.RETURNED;
    }

    public void agree(String by, Instant at) {
        this.status = PlanStatus.AGREED;
        this.agreedBy = by;
        this.agreedAt = at;
    }

    public Long getId() { return id; }
    public Long getBatchId() { return batchId; }
    public Long getItemId() { return itemId; }
    public Set<PlanContent> getContents() { return contents; }
    public LocalDate getScheduleFrom() { return scheduleFrom; }
    public LocalDate getScheduleTo() { return scheduleTo; }
    public BigDecimal getBudget() { return budget; }
    public String getResponsiblePerson() { return responsiblePerson; }
    public String getResponsiblePhone() { return responsiblePhone; }
    public String getDescription() { return description; }
    public int getVersion() { return version; }
    public PlanStatus getStatus() { return status; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getAgreedAt() { return agreedAt; }
    public String getAgreedBy() { return agreedBy; }
}
