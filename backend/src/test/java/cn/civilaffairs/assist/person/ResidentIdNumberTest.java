package cn.civilaffairs.assist.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.civilaffairs.assist.person.Gender;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdNumberTest {
    // The standard's worked example: 11010519491231002X, a woman born 1949-12-31.
    private static final String SAMPLE = "11010519491231002X";

    @Test
    void acceptsAValidNumberAndDerivesBirthDateAndGender() {
        ResidentIdNumber id = new ResidentIdNumber(SAMPLE);
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.gender()).isEqualTo(Gender.FEMALE);
        assertThat(new ResidentIdNumber("11010519491231002x").value()).isEqualTo(SAMPLE);
        assertThat(new ResidentIdNumber("440524198001010013").gender()).isEqualTo(Gender.MALE);
    }

    @Test
    void masksTheMiddle() {
        assertThat(new ResidentIdNumber(SAMPLE).masked()).isEqualTo("110105********002X");
        assertThat(new ResidentIdNumber(SAMPLE).toString()).doesNotContain("19491231");
    }

    @ParameterizedTest
    @ValueSource(strings = {"110105194912310021", "11010519491231002", "1101051949123100211",
            "11010519491331002X", "1101051949123A002X", "110105194912310029", ""})
    void refusesWrongCheckCharacterLengthDateOrDigits(String value) {
        assertThat(ResidentIdNumber.problem(value)).isNotNull();
        assertThat(ResidentIdNumber.parse(value)).isEmpty();
        assertThatThrownBy(() -> new ResidentIdNumber(value)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void checkCharacterFollowsIso7064Mod112() {
        assertThat(ResidentIdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(ResidentIdNumber.checkCharacter("44052419800101001")).isEqualTo('3');
    }
}
