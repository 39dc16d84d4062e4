package cn.civilaffairs.assist.notification;

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

    NotificationService(MailOutboxRepository outbox, IdentityService identityService, Clock clock) {
        this.outbox = outbox;
        this.identityService = identityService;
        this.clock = clock;
    }

    /** Queues one notice for every member of a work group who has an e-mail address. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int notifyGroup(String groupId, String dedupKey, String subject, String body) {
        int queued = 0;
        for (User user : identityService.createUserQuery().memberOfGroup(groupId).list()) {
            if (user.getEmail() != null && !user.getEmail().isBlank()
                    && enqueue(dedupKey + ":" + user.getId(), user.getEmail(), subject, body)) {
                queued++;
            }
        }
        return queued;
    }

    /** @return whether a new notice was queued */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean enqueue(String dedupKey, String recipient, String subject, String body) {
        if (outbox.existsByDedupKey(dedupKey)) {
            return false;
        }
        outbox.save(new MailOutboxEntry(dedupKey, recipient, subject, body, clock.instant()));
        return true;
    }
}
