package cn.civilaffairs.assist.meeting.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

@Entity(name = "JointMeeting")
@Table(name = "meeting")
public class Meeting {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "meeting_no", nullable = false)
    private String meetingNo;
    @Column(name = "district_code", nullable = false)
    private String districtCode;
    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;
    @Column(nullable = false)
    private String attendees;
    private String note;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Meeting() {}

    public Meeting(String meetingNo, String districtCode, LocalDate heldOn, String attendees, String note,
            String createdBy, Instant createdAt) {
        this.meetingNo = meetingNo;
        this.districtCode = districtCode;
        this.heldOn = heldOn;
        this.attendees = attendees;
        this.note = note;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public String getMeetingNo() { return meetingNo; }
    public String getDistrictCode() { return districtCode; }
    public LocalDate getHeldOn() { return heldOn; }
    public String getAttendees() { return attendees; }
    public String getNote() { return note; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
}
