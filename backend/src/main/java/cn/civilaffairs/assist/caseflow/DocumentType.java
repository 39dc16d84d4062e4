package cn.civilaffairs.assist.caseflow;

import java.util.EnumSet;
import java.util.Set;

/** The documents a case file holds (002 §五.3). */
public enum DocumentType {
    ID_CARD, HOUSEHOLD_REGISTER, ILLNESS_PROOF, DISABILITY_CERTIFICATE, RECIPIENT_CERTIFICATE, OTHER;

    /** What filing needs: always ID card, household register and recipient certificate, plus the proof of the focus group. */
    public static Set<DocumentType> requiredFor(FocusGroup focusGroup) {
        Set<DocumentType> required = EnumSet.of(ID_CARD, HOUSEHOLD_REGISTER, RECIPIENT_CERTIFICATE);
        if (focusGroup == FocusGroup.SERIOUS_ILLNESS) {
            required.add(ILLNESS_PROOF);
        }
        if (focusGroup == FocusGroup.SEVERE_DISABILITY) {
            required.add(DISABILITY_CERTIFICATE);
        }
        return required;
    }
}
