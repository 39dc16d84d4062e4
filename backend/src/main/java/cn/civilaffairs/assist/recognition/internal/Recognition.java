package cn.civilaffairs.assist.recognition.internal;

import cn.civilaffairs.assist.recognition.RecognitionCategory;
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

/** One person recognised for 低保 or 特困 on a day; {@code leadCaseNo} when the import opened a lead. */
@Entity(name = "Recognition")
@Table(name = "recognition")
public class Recognition {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "person_id", nullable = false)
    private Long personId;
    @Column(name = "village_code", nullable = false)
    private String villageCode;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RecognitionCategory category;
    @Column(name = "recognised_on", nullable = false)
    private LocalDate recognisedOn;
    @Column(name = "lead_case_no")
    private String leadCaseNo;
    @Column(name = "imported_by", nullable = false)
    private String importedBy;
    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected Recognition() {}

    public Recognition(long personId, String villageCode, RecognitionCategory category, LocalDate recognisedOn,
            String leadCaseNo, String importedBy, Instant importedAt) {
        this.personId = personId;
        this.villageCode = villageCode;
        this.category = category;
        this.recognisedOn = recognisedOn;
        this.leadCaseNo = leadCaseNo;
        this.importedBy = importedBy;
        this.importedAt = importedAt;
    }

    public Long getId() { return id; }
    public Long getPersonId() { return personId; }
    public String getVillageCode() { return villageCode; }
    public RecognitionCategory getCategory() { return category; }
    public LocalDate getRecognisedOn() { return recognisedOn; }
    public String getLeadCaseNo() { return leadCaseNo; }
}
