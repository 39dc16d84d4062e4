package cn.civilaffairs.assist.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.civilaffairs.assist.security.internal.LoginThrottle;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** X-Forwarded-For is believed only from a trusted proxy, and then only its right-most untrusted hop. */
class ClientAddressesTest {
    private static MockHttpServletRequest from(String peer, String forwardedFor) {
        MockHttpServletRequest r = new MockHttpServletRequest();
        r.setRemoteAddr(peer);
        if (forwardedFor != null) {
            r.addHeader("X-Forwarded-For", forwardedFor);
        }
        return r;
    }

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        ClientAddresses none = new ClientAddresses(new LoginProperties(null, null, null, null));
        assertThat(none.of(from("192.0.2.10", "203.0.113.5"))).isEqualTo("192.0.2.10");
    }

    @Test
    void behindATrustedProxyTheRightMostUntrustedHopIsTheClient() {
        ClientAddresses proxied = new ClientAddresses(new LoginProperties(null, null, null, List.of("10.0.0.0/8")));
        assertThat(proxied.of(from("10.0.0.2", "203.0.113.5"))).isEqualTo("203.0.113.5");
        // The client may write anything left of what the proxy appended: it is not believed.
        assertThat(proxied.of(from("10.0.0.2", "1.2.3.4, 203.0.113.5"))).isEqualTo("203.0.113.5");
        assertThat(proxied.of(from("10.0.0.2", "203.0.113.5, 10.0.0.7"))).isEqualTo("203.0.113.5");
        assertThat(proxied.of(from("10.0.0.2", "evil.example"))).isEqualTo("10.0.0.2");
        assertThat(proxied.of(from("10.0.0.2", null))).isEqualTo("10.0.0.2");
        // A peer that is not a trusted proxy cannot speak for others.
        assertThat(proxied.of(from("198.51.100.9", "203.0.113.5"))).isEqualTo("198.51.100.9");
    }

    @Test
    void anIpv6ClientIsThrottledByItsSlash64() {
        assertThat(LoginThrottle.clientKey("2001:db8:1:2:aaaa::1")).isEqualTo(LoginThrottle.clientKey("2001:db8:1:2::ffff"));
        assertThat(LoginThrottle.clientKey("2001:db8:1:3::1")).isNotEqualTo(LoginThrottle.clientKey("2001:db8:1:2::1"));
        assertThat(LoginThrottle.usernameKey(" Admin ")).isEqualTo("admin");
    }
}
