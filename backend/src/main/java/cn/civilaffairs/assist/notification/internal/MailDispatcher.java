package cn.civilaffairs.assist.notification.internal;

import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends queued notices after their transaction committed. Without spring.mail.host (the embedded
 * default) notices are written to the log instead of sent.
 */
@Component
public class MailDispatcher {
    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    private static final int MAX_ATTEMPTS = 5;
    private static final int BATCH = 50;

    private final MailOutboxRepository outbox;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final String from;

    MailDispatcher(MailOutboxRepository outbox, ObjectProvider<JavaMailSender> mailSender, TransactionTemplate tx,
            Clock clock, @Value("${app.mail.from}") String from) {
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.tx = tx;
        this.clock = clock;
        this.from = from;
    }

    @Scheduled(fixedDelayString = "${app.mail.dispatch-interval}", initialDelayString = "${app.mail.dispatch-interval}")
    public void scheduled() {
        dispatchPending();
    }

    /** @return how many notices were sent (or logged) */
    public synchronized int dispatchPending() {
        List<Long> ids = outbox.findPendingIds(MAX_ATTEMPTS, PageRequest.of(0, BATCH));
        int sent = 0;
        for (Long id : ids) {
            Boolean ok = tx.execute(status -> outbox.findById(id).filter(e -> e.getSentAt() == null).map(this::deliver)
                    .orElse(false));
            if (Boolean.TRUE.equals(ok)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean deliver(MailOutboxEntry entry) {
        JavaMailSender sender = mailSender.getIfAvailable();
        try {
            if (sender == null) {
                log.info("Mail (not sent, no SMTP configured) to {}: {}", entry.getRecipient(), entry.getSubject());
            } else {
                SimpleMailMessage message = new SimpleMailMessage();
                message.setFrom(from);
                message.setTo(entry.getRecipient());
                message.setSubject(entry.getSubject());
                message.setText(entry.getBody());
                sender.send(message);
            }
            entry.markSent(clock.instant());
            return true;
        } catch (MailException e) {
            log.warn("Mail to {} failed (attempt {}): {}", entry.getRecipient(), entry.getAttempts() + 1, e.getMessage());
            entry.markFailed(e.getMessage());
            return false;
        }
    }
}
