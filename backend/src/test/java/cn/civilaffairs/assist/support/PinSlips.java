package cn.civilaffairs.assist.support;

import static org.assertj.core.api.Assertions.assertThat;

import cn.civilaffairs.assist.support.ApiClient.Response;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A card's PIN the way its holder gets it: the street clerk of the case's street prints the PIN
 * slip (密码函) over the real API. The slip shows the PIN once, so it is remembered per case here.
 */
public final class PinSlips {
    private static final Map<String, String> PRINTED = new ConcurrentHashMap<>();

    private PinSlips() {}

    /** The demo street clerk of a village's street: street001 for 360199001xxx, and so on. */
    public static String clerkOf(String villageCode) {
        return "street" + villageCode.substring(6, 9);
    }

    /** The PIN of the case's card, from its first slip (printed on the first call). */
    public static String pin(int port, String villageCode, String caseNo) {
        return PRINTED.computeIfAbsent(caseNo, no -> {
            Response slip = ApiClient.signedIn(port, clerkOf(villageCode)).post("/api/cases/" + no + "/card/pin-slip",
                    null);
            assertThat(slip.status()).as(slip.body()).isEqualTo(200);
            return slip.json().get("pin").asText();
        });
    }

    /** A PIN that is not the card's. */
    public static String wrong(String pin) {
        return pin.equals("000000") ? "111111" : "000000";
    }
}
