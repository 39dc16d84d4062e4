package cn.civilaffairs.assist.onedoor;

/** The hardships one door takes in (seed 001 §五); the routing rules read the name. */
public enum NeedType {
    /** 基本生活困难 → 低保 or 特困. */
    BASIC_LIVING,
    /** 医疗 → 医疗保障. */
    MEDICAL,
    /** 住房 → 住房城乡建设. */
    HOUSING,
    /** 教育 → 教育. */
    EDUCATION,
    /** 就业 → 人力资源社会保障. */
    EMPLOYMENT,
    /** 自然灾害 → 应急管理. */
    NATURAL_DISASTER,
    /** 意外事故 → 临时救助. */
    ACCIDENT,
    /** 家庭刚性支出过大 → 临时救助. */
    NECESSARY_EXPENSE,
    /** 照料等服务需求 → 服务类社会救助案件. */
    CARE
}
