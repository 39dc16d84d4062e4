package cn.civilaffairs.assist.common;

import cn.civilaffairs.assist.common.internal.NumberSequence;
import cn.civilaffairs.assist.common.internal.NumberSequenceRepository;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Numbers issued in order without gaps from committed work: the counter row is locked for the
 * caller's transaction, so two concurrent callers get consecutive numbers.
 */
@Service
public class Sequences {
    private final NumberSequenceRepository sequences;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    Sequences(NumberSequenceRepository sequences, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.sequences = sequences;
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long next(String name) {
        NumberSequence seq = sequences.lock(name).orElseGet(() -> {
            create(name);
            return sequences.lock(name).orElseThrow();
        });
        return seq.next();
    }

    /**
     * A new counter (a new year, a new month) is created and committed on its own, so two first
     * callers do not both insert it in their long transactions and one fail on the key: the second
     * insert finds the first one's row, and both then queue on the row lock.
     */
    private void create(String name) {
        try {
            ownTransaction.executeWithoutResult(
                    s -> jdbc.update("insert into number_sequence (name, last_no) values (?, 0)", name));
        } catch (DataIntegrityViolationException createdConcurrently) {
            // The other caller's row is there now; lock it like any other.
        }
    }
}
