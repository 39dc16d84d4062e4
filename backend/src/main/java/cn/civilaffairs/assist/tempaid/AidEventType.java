package cn.civilaffairs.assist.tempaid;

/** What happened to the household (临时救助: 急难型 and 支出型). */
public enum AidEventType {
    /** Fire, traffic or other accident (急难型). */
    ACCIDENT,
    /** Sudden serious illness (急难型). */
    SUDDEN_ILLNESS,
    /** Crushing necessary expense: medical, schooling, funeral (支出型). */
    NECESSARY_EXPENSE,
    OTHER
}
