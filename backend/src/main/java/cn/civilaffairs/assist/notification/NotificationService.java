package cn.civilaffairs.assist.notification;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import cn.civilaffairs.assist.notification.internal.MailOutboxEntry;
import cn.civilaffairs.assist.notification.internal.MailOutboxRepository;
import java.time.Clock;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues mail notices in the caller's transaction (so a rolled-back engine step sends nothing)
 * and once per dedup key (so a retried step does not send twice).
 */
@Service
public class NotificationService {
    private final MailOutboxRepository outbox;
    private final IdentityService identityService;
    private final Clock clock;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    NotificationService(MailOutboxRepository outbox, IdentityService identityService, Clock clock, JdbcTemplate jdbc) {
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.identityService = identityService;
        this.clock = clock;
    }

    /** A stored file (FileStorage key) to send with a notice, under the name the recipient sees. */
    public record Attachment(String fileKey, String fileName) {}

    /** Queues one notice for every member of a work group who has an e-mail address. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int notifyGroup(String groupId, String dedupKey, String subject, String body) {
        return notifyGroup(groupId, dedupKey, subject, body, null);
    }

    /** As {@link #notifyGroup(String, String, String, String)}, each notice carrying the attachment (or none if null). */
    @Transactional(propagation = Propagation.MANDATORY)
    public int notifyGroup(String groupId, String dedupKey, String subject, String body, Attachment attachment) {
        int queued = 0;
        for (User user : identityService.createUserQuery().memberOfGroup(groupId).list()) {
            if (user.getEmail() != null && !user.getEmail().isBlank()
                    && enqueue(dedupKey + ":" + user.getId(), user.getEmail(), subject, body, attachment)) {
                queued++;
            }
        }
        return queued;
    }

    /** mail_outbox's columns. */
    static final int SUBJECT_MAX = 255;
    static final int BODY_MAX = 4000;
    static final String CUT = "\n……（内容过长，以下从略，请登录系统查看完整内容）";

    /**
     * A notice longer than its column is cut with a note, not refused: a digest for an officer with
     * hundreds of people due would otherwise fail the daily process that queues it.
     */
    static String fit(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        String head = text.substring(0, max - CUT.length());
        int lastLine = head.lastIndexOf('\n');
        return (lastLine > max / 2 ? head.substring(0, lastLine) : head) + CUT;
    }

    /** One notice to queue with {@link #enqueueAll}. */
    public record Notice(String dedupKey, String recipient, String subject, String body) {}

    /**
     * Queues many notices with one batched insert (the daily sweep's mails): those whose dedup key is
     * already queued are left out. @return how many were queued
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int enqueueAll(List<Notice> notices) {
        if (notices.isEmpty()) {
            return 0;
        }
        Set<String> queued = new HashSet<>();
        List<String> keys = notices.stream().map(Notice::dedupKey).toList();
        for (int from = 0; from < keys.size(); from += 500) {
            queued.addAll(named.queryForList("select dedup_key from mail_outbox where dedup_key in (:keys)",
                    Map.of("keys", keys.subList(from, Math.min(keys.size(), from + 500))), String.class));
        }
        Timestamp now = Timestamp.from(clock.instant());
        List<Object[]> rows = new ArrayList<>();
        for (Notice n : notices) {
            if (queued.add(n.dedupKey())) {
                rows.add(new Object[] {n.dedupKey(), n.recipient(), fit(n.subject(), SUBJECT_MAX), fit(n.body(), BODY_MAX), now});
            }
        }
        jdbc.batchUpdate("insert into mail_outbox (dedup_key, recipient, subject, body, created_at, attempts)"
                + " values (?, ?, ?, ?, ?, 0)", rows);
        return rows.size();
    }

    /** @return whether a new notice was queued */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean enqueue(String dedupKey, String recipient, String subject, String body) {
        return enqueue(dedupKey, recipient, subject, body, null);
    }

    private boolean enqueue(String dedupKey, String recipient, String subject, String body, Attachment attachment) {
        if (outbox.existsByDedupKey(dedupKey)) {
            return false;
        }
        MailOutboxEntry entry = new MailOutboxEntry(dedupKey, recipient, fit(subject, SUBJECT_MAX), fit(body, BODY_MAX),
                clock.instant());
        if (attachment != null) {
            entry.attach(attachment.fileKey(), attachment.fileName());
        }
        outbox.save(entry);
        return true;
    }
}
