package cn.civilaffairs.assist.serviceorder;

import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The purchased-service rules, held as configuration (application.yml {@code app.services}).
 * Standards follow seed 004: at least one service a month of at least an hour, worth at least
 * 30 yuan; 100 yuan for moderately or severely disabled elderly in 特困 or 低保 families.
 */
@ConfigurationProperties("app.services")
record ServicePolicy(
        /** How long a provider has to accept or decline an order (working-day calendar, e.g. 2WD). */
        String respondWithin,
        /** Share of a provider's confirmed deliveries drawn for spot checks each month. */
        BigDecimal spotCheckShare,
        int minServices,
        int minMinutesEach,
        BigDecimal minAmount,
        BigDecimal disabledElderlyAmount,
        /** Age from which a recipient counts as elderly. */
        int elderlyAge,
        /** Standards are checked daily from this many days before the month's last day. */
        int warnDaysBeforeMonthEnd,
        /** Wrong card PINs in a row after which the card's PIN confirmation locks. */
        int pinMaxAttempts,
        /** How long a card's PIN confirmation stays locked (officer confirmation still works). */
        Duration pinLockDuration) {

    ServicePolicy {
        respondWithin = respondWithin == null ? "2WD" : respondWithin;
        spotCheckShare = spotCheckShare == null ? new BigDecimal("0.10") : spotCheckShare;
        minServices = minServices == 0 ? 1 : minServices;
        minMinutesEach = minMinutesEach == 0 ? 60 : minMinutesEach;
        minAmount = minAmount == null ? new BigDecimal("30") : minAmount;
        disabledElderlyAmount = disabledElderlyAmount == null ? new BigDecimal("100") : disabledElderlyAmount;
        elderlyAge = elderlyAge == 0 ? 60 : elderlyAge;
        warnDaysBeforeMonthEnd = warnDaysBeforeMonthEnd == 0 ? 5 : warnDaysBeforeMonthEnd;
        pinMaxAttempts = pinMaxAttempts == 0 ? 5 : pinMaxAttempts;
        pinLockDuration = pinLockDuration == null ? Duration.ofMinutes(30) : pinLockDuration;
    }
}
