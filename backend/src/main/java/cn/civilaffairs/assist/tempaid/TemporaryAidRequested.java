package cn.civilaffairs.assist.tempaid;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Published, inside the asking user's transaction, to open a temporary-assistance application for one
 * person; the tempaid module starts its process synchronously. The same person, event type and event
 * date is the same event: a second grant for it is refused.
 *
 * @param sourceRef   the asker's own id (a one-door route id)
 * @param requestedBy username of the user who asked
 */
public record TemporaryAidRequested(long personId, String villageCode, AidEventType eventType, LocalDate eventOn,
        String eventDescription, BigDecimal amountRequested, String sourceRef, String requestedBy) {}
