package cn.civilaffairs.assist.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;

/** The last line of defence: a lost race on a unique key or a lock is a 409, anything else stays a 500. */
class ProblemDetailsAdviceTest {
    private final ProblemDetailsAdvice advice = new ProblemDetailsAdvice();

    @Test
    void uniqueKeyViolationsFromSpringHibernateAndTheEngineAreConflicts() {
        assertThat(advice.concurrentDuplicate(new DataIntegrityViolationException("duplicate key")).getStatus())
                .isEqualTo(409);
        assertThat(advice.concurrentDuplicate(new CannotAcquireLockException("lock timeout")).getStatus())
                .isEqualTo(409);
        var hibernate = new org.hibernate.exception.ConstraintViolationException("dup",
                new SQLException("Unique index or primary key violation", "23505"), "uk_person_id_number");
        assertThat(advice.concurrentDuplicate(hibernate).getStatus()).isEqualTo(409);
        // The engine wraps the driver's error (MyBatis flush): found by SQLState class 23 in the cause chain.
        var engine = new ProcessEngineException("flush failed", new RuntimeException("batch",
                new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062)));
        var p = advice.engine(engine);
        assertThat(p.getStatus()).isEqualTo(409);
        assertThat(p.getType()).isEqualTo(ProblemTypes.CONFLICT);
    }

    @Test
    void otherEngineErrorsStayServerErrors() {
        var engine = new ProcessEngineException("no deployed process", new SQLException("syntax", "42000"));
        assertThat(advice.engine(engine).getStatus()).isEqualTo(500);
        assertThat(advice.engine(new ProcessEngineException("boom")).getStatus()).isEqualTo(500);
    }

    @Test
    void aConflictCarriesItsExtraMembers() {
        var p = advice.conflict(new ConflictException("请在别处办理").with("endpoint", "POST /api/x"));
        assertThat(p.getStatus()).isEqualTo(409);
        assertThat(p.getProperties()).containsEntry("endpoint", "POST /api/x");
    }
}
