package cn.civilaffairs.assist.caseflow;

import cn.civilaffairs.assist.catalogue.ServiceWay;

/**
 * Which process serves an item of a given way: purchased items become service orders to a
 * contracted provider; charity relief starts no process of its own: the referral module sends such
 * recipients to a charity in batches (processes/charity-referral.bpmn); the other ways run
 * through the generic service process (a street clerk assigns the responsible unit).
 */
final class ServiceRouting {
    static final String GENERIC_SERVICE = "genericService";
    /** processes/service-order.bpmn */
    static final String SERVICE_ORDER = "serviceOrder";

    private ServiceRouting() {}

    /** @return the process key, or null when the item waits for a referral (way CHARITY) */
    static String processKeyFor(ServiceWay way) {
        return switch (way) {
            case PURCHASED -> SERVICE_ORDER;
            case CHARITY -> null;
            case INSTITUTIONAL, DEPARTMENT, PARTY_PAIRING, SOCIAL_WORK, NEIGHBOUR_AID -> GENERIC_SERVICE;
        };
    }
}
