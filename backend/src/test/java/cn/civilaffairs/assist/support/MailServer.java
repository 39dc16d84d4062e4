package cn.civilaffairs.assist.support;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

/** The SMTP server {@link MailTest}s send to: GreenMail, no authentication, fresh for every test method. */
public final class MailServer {
    public static final String HOST = "127.0.0.1";
    /** ServerSetupTest.SMTP's port (a constant here, for {@link MailTest}'s properties). */
    public static final int PORT = 3025;

    private MailServer() {}

    /** Register as {@code @RegisterExtension static final GreenMailExtension smtp = MailServer.smtp();}. */
    public static GreenMailExtension smtp() {
        if (ServerSetupTest.SMTP.getPort() != PORT) {
            throw new IllegalStateException("GreenMail's test SMTP port is " + ServerSetupTest.SMTP.getPort());
        }
        return new GreenMailExtension(ServerSetupTest.SMTP)
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
                .withPerMethodLifecycle(true);
    }
}
