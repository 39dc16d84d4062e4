package cn.civilaffairs.assist.notification.internal;

import cn.civilaffairs.assist.common.FileStorage;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
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
    private static final int BATCH = 50;

    private final MailOutboxRepository outbox;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final String from;
    private final FileStorage files;
    private final int maxAttempts;

    MailDispatcher(MailOutboxRepository outbox, ObjectProvider<JavaMailSender> mailSender, TransactionTemplate tx,
            Clock clock, @Value("${app.mail.from}") String from, FileStorage files,
            @Value("${app.mail.max-attempts}") int maxAttempts) {
        this.maxAttempts = maxAttempts;
        this.outbox = outbox;
        this.files = files;
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
        List<Long> ids = new java.util.ArrayList<>(outbox.findPendingIds(maxAttempts, PageRequest.of(0, BATCH)));
        // Another node's dispatcher reads the same batch: in its own order, the two rarely wait on one row.
        java.util.Collections.shuffle(ids);
        int sent = 0;
        for (Long id : ids) {
            // Locked while it is sent: another node's dispatcher waits on the row and then finds it sent.
            Boolean ok = tx.execute(status -> outbox.lockById(id).filter(e -> e.getSentAt() == null).map(this::deliver)
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
            } else if (entry.getAttachmentKey() == null) {
                SimpleMailMessage message = new SimpleMailMessage();
                message.setFrom(from);
                message.setTo(entry.getRecipient());
                message.setSubject(entry.getSubject());
                message.setText(entry.getBody());
                sender.send(message);
            } else {
                sender.send(withAttachment(sender, entry));
            }
            entry.markSent(clock.instant());
            return true;
        } catch (MailException | MessagingException | IOException e) {
            log.warn("Mail to {} failed (attempt {}): {}", entry.getRecipient(), entry.getAttempts() + 1, e.getMessage());
            entry.markFailed(e.getMessage());
            return false;
        }
    }

    private MimeMessage withAttachment(JavaMailSender sender, MailOutboxEntry entry) throws MessagingException, IOException {
        byte[] content;
        try (InputStream in = files.open(entry.getAttachmentKey())) {
            content = in.readAllBytes();
        }
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED, "UTF-8");
        helper.setFrom(from);
        helper.setTo(entry.getRecipient());
        helper.setSubject(entry.getSubject());
        helper.setText(entry.getBody());
        helper.addAttachment(entry.getAttachmentName(), new ByteArrayResource(content));
        return message;
    }
}
