package cn.civilaffairs.assist.caseflow;

/** The four groups discovery focuses on (002 §五.1). */
public enum FocusGroup { SERIOUS_ILLNESS, SEVERE_DISABILITY, DISABLED_OR_DEMENTED, NO_CARER }
