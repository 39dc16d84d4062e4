package cn.civilaffairs.assist.caseflow;

/** Whether someone looks after the person, as found in the needs assessment (需求认定表). */
public enum CarerSituation { HAS_CARER, CARER_UNABLE, NO_CARER }
