package cn.civilaffairs.assist.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.civilaffairs.assist.support.Browsers;
import cn.civilaffairs.assist.support.InboxSteps;
import cn.civilaffairs.assist.support.IntegrationTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue #15, scan everywhere: a browser without BarcodeDetector (removed here, as on iOS Safari or
 * Firefox) still shows 扫码 and reads the service card's QR code from the camera with jsQR. The
 * camera is Chromium's fake device playing a still picture of the code.
 */
@IntegrationTest
@Tag("e2e")
class CardScanE2eTest {
    /** What the picture's QR code says (e2e/card-qr.txt: its modules, # dark). */
    static final String CARD = "SC360199003002001";

    @LocalServerPort int port;

    @Test
    void aBrowserWithoutBarcodeDetectorReadsTheCardWithJsQr(@TempDir Path dir) throws IOException {
        Path video = qrVideo(dir.resolve("card-qr.y4m"));
        try (Playwright playwright = Browsers.playwright();
                Browser chromium = Browsers.chromium(playwright, List.of("--use-fake-ui-for-media-stream",
                        "--use-fake-device-for-media-stream", "--use-file-for-fake-video-capture=" + video))) {
            BrowserContext context = Browsers.phone(chromium, "http://localhost:" + port);
            context.grantPermissions(List.of("camera"));
            context.addInitScript("delete window.BarcodeDetector;");
            Page page = InboxSteps.signIn(context, "provider1");
            page.getByTestId("nav-toggle").click();
            page.getByTestId("nav-services-today").click();
            assertThat(page).hasURL(Pattern.compile(".*/services/today$"));

            page.getByTestId("registration-scan").click();
            assertThat(page.getByTestId("registration-card-no")).hasValue(CARD);
            // Typing the number stays possible.
            page.getByTestId("registration-card-no").fill("SC-TYPED");
            assertThat(page.getByTestId("registration-card-no")).hasValue("SC-TYPED");
            context.close();
        }
    }

    /** A 320×240 grey-scale Y4M of two frames showing the code, 8 pixels a module, centred. */
    static Path qrVideo(Path file) throws IOException {
        List<String> rows;
        try (InputStream in = CardScanE2eTest.class.getResourceAsStream("/e2e/card-qr.txt")) {
            rows = new String(in.readAllBytes(), StandardCharsets.US_ASCII).lines().toList();
        }
        int width = 320;
        int height = 240;
        int scale = 8;
        int left = (width - rows.size() * scale) / 2;
        int top = (height - rows.size() * scale) / 2;
        byte[] luma = new byte[width * height];
        Arrays.fill(luma, (byte) 255);
        for (int y = 0; y < rows.size() * scale; y++) {
            for (int x = 0; x < rows.size() * scale; x++) {
                if (rows.get(y / scale).charAt(x / scale) == '#') {
                    luma[(top + y) * width + left + x] = 0;
                }
            }
        }
        byte[] chroma = new byte[width * height / 2];
        Arrays.fill(chroma, (byte) 128);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("YUV4MPEG2 W" + width + " H" + height + " F10:1 Ip A1:1 C420jpeg\n").getBytes(StandardCharsets.US_ASCII));
        for (int frame = 0; frame < 2; frame++) {
            out.writeBytes("FRAME\n".getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(luma);
            out.writeBytes(chroma);
        }
        return Files.write(file, out.toByteArray());
    }
}
