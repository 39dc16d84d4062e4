package cn.civilaffairs.assist.reports.internal;

import cn.civilaffairs.assist.reports.ReportKind;
import cn.civilaffairs.assist.reports.ReportOrigin;
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

/** A produced report: its period and the stored .xlsx. */
@Entity(name = "Report")
@Table(name = "report")
public class Report {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReportKind kind;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReportOrigin origin;
    @Column(name = "org_code", nullable = false)
    private String orgCode;
    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;
    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;
    @Column(name = "schedule_key")
    private String scheduleKey;
    @Column(name = "file_key", nullable = false)
    private String fileKey;
    @Column(name = "file_name", nullable = false)
    private String fileName;
    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false)
    private String createdBy;

    protected Report() {}

    public Report(ReportKind kind, ReportOrigin origin, String orgCode, LocalDate periodFrom, LocalDate periodTo,
            String scheduleKey, String fileKey, String fileName, long sizeBytes, Instant createdAt, String createdBy) {
        this.kind = kind;
        this.origin = origin;
        this.orgCode = orgCode;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.scheduleKey = scheduleKey;
        this.fileKey = fileKey;
        this.fileName = fileName;
        this.sizeBytes = sizeBytes;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public Long getId() { return id; }
    public ReportKind getKind() { return kind; }
    public ReportOrigin getOrigin() { return origin; }
    public String getOrgCode() { return orgCode; }
    public LocalDate getPeriodFrom() { return periodFrom; }
    public LocalDate getPeriodTo() { return periodTo; }
    public String getScheduleKey() { return scheduleKey; }
    public String getFileKey() { return fileKey; }
    public String getFileName() { return fileName; }
    public long getSizeBytes() { return sizeBytes; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
}
