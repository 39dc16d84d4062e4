package cn.civilaffairs.assist.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole application sending mail to a real SMTP server ({@link MailServer}, GreenMail on
 * 127.0.0.1:3025). Every mail test carries this and nothing else on the class, so all of them share
 * one application context. That context is a second one next to {@link IntegrationTest}'s, so its
 * engine gets its own name: the engine REST API finds engines by name in a static registry and must
 * keep finding the shared context's engine.
 *
 * <pre>
 * &#64;MailTest
 * class SomeMailTest {
 *     &#64;RegisterExtension static final GreenMailExtension smtp = MailServer.smtp();
 * </pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@TestPropertySource(properties = {
    "spring.mail.host=" + MailServer.HOST,
    "spring.mail.port=" + MailServer.PORT,
    "camunda.bpm.process-engine-name=mailTest"
})
public @interface MailTest {}
