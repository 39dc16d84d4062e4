package cn.civilaffairs.assist.tempaid;

/** Who decided: the street office within its delegated amount, or the district above it. */
public enum DecisionLevel { STREET, DISTRICT }
