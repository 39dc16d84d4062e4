package cn.civilaffairs.assist.common;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Numbers issued in order without gaps from committed work: the counter row is locked for the
 * caller's transaction, so two concurrent callers get consecutive numbers.
 */
@Service
public class Sequences {
    private final NumberSequenceRepository sequences;

    Sequences(NumberSequenceRepository sequences) {
        this.sequences = sequences;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long next(String name) {
        NumberSequence seq = sequences.lock(name).orElseGet(() -> sequences.saveAndFlush(new NumberSequence(name)));
        return seq.next();
    }
}
