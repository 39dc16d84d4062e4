package cn.civilaffairs.assist.referral.internal;

import cn.civilaffairs.assist.referral.ReviewAction;
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

@Entity(name = "ReferralPlanReview")
@Table(name = "referral_plan_review")
public class Review {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "batch_id", nullable = false)
    private Long batchId;
    @Column(name = "plan_round", nullable = false)
    private int round;
    @Enumerated(EnumType.STRING)
    @Column(name = "review_action", nullable = false)
    private ReviewAction action;
    @Column(name = "review_comment")
    private String comment;
    @Column(nullable = false)
    private String actor;
    @Column(name = "occurred_at", nullable = false)
    private Instant at;

    protected Review() {}

    public Review(long batchId, int round, ReviewAction action, String comment, String actor, Instant at) {
        this.batchId = batchId;
        this.round = round;
        this.action = action;
        this.comment = comment;
        this.actor = actor;
        this.at = at;
    }

    Long getBatchId() { return batchId; }
    public int getRound() { return round; }
    public ReviewAction getAction() { return action; }
    public String getComment() { return comment; }
    public String getActor() { return actor; }
    public Instant getAt() { return at; }
}
