package cn.civilaffairs.assist.caseflow;

/** A case the current user may see (see {@link CaseService#visible}): what other modules key their records by. */
public record VisibleCase(long caseId, String caseNo, String villageCode, Long personId) {}
