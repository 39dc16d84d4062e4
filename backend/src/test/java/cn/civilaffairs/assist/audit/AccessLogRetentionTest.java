package cn.civilaffairs.assist.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.civilaffairs.assist.audit.internal.AccessLogRetention;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** The retention setting: at least 180 days, or the application does not start. */
class AccessLogRetentionTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withInitializer(ctx -> ctx.getBeanFactory().setConversionService(
                    ApplicationConversionService.getSharedInstance()))
            .withBean(JdbcTemplate.class, () -> new JdbcTemplate(new SimpleDriverDataSource()))
            .withBean(Clock.class, Clock::systemUTC)
            .withBean(AccessLogRetention.class);

    @Test
    void lessThan180DaysStopsTheStart() {
        runner.withPropertyValues("app.access-log.retention=P179D").run(ctx -> {
            assertThat(ctx).hasFailed();
            assertThat(ctx.getStartupFailure()).rootCause().hasMessageContaining("at least P180D");
        });
    }

    @Test
    void theDefaultAnd180DaysOrMoreAreAccepted() {
        runner.run(ctx -> assertThat(ctx.getBean(AccessLogRetention.class).retention()).isEqualTo(Duration.ofDays(180)));
        runner.withPropertyValues("app.access-log.retention=P400D").run(ctx ->
                assertThat(ctx.getBean(AccessLogRetention.class).retention()).isEqualTo(Duration.ofDays(400)));
    }
}
