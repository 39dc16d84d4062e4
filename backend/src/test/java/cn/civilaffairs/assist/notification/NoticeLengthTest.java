package cn.civilaffairs.assist.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

/** Notices longer than the outbox's columns are cut at a line, with a note, never refused. */
class NoticeLengthTest {

    @Test
    void aCutNoticeFitsItsColumnAndSaysSo() {
        qt().withFixedSeed(20261207L).withExamples(300)
                .forAll(integers().between(1, 600), strings().basicMultilingualPlaneAlphabet().ofLengthBetween(1, 40))
                .checkAssert((lines, line) -> {
                    String body = (line.replace("\n", " ") + "\n").repeat(lines);
                    String stored = NotificationService.fit(body, NotificationService.BODY_MAX);
                    assertThat(stored.length()).isLessThanOrEqualTo(NotificationService.BODY_MAX);
                    if (body.length() <= NotificationService.BODY_MAX) {
                        assertThat(stored).isEqualTo(body);
                    } else {
                        assertThat(stored).endsWith(NotificationService.CUT).startsWith(body.substring(0, 100));
                    }
                });
    }
}
