package cn.civilaffairs.assist.caseflow;

/** How a lead reached the village info officer (002 §五.1). */
public enum LeadSource { OWN_VISIT, NEIGHBOUR, HOTLINE, DATA_MATCH, SELF_APPLICATION, OTHER }
