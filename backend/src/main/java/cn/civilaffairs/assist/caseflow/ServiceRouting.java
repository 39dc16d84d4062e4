package cn.civilaffairs.assist.caseflow;

import cn.civilaffairs.assist.catalogue.ServiceWay;

/**
 * Which process serves an item of a given way: purchased items become service orders to a
 * contracted provider; charity referral gets its own process with issue #6; the other ways run
 * through the generic service process (a street clerk assigns the responsible unit).
 */
final class ServiceRouting {
    static final String GENERIC_SERVICE = "genericService";
    /** processes/service-order.bpmn */
    static final String SERVICE_ORDER = "serviceOrder";

    private ServiceRouting() {}

    static String processKeyFor(ServiceWay way) {
        return switch (way) {
            case PURCHASED -> SERVICE_ORDER;
            case INSTITUTIONAL, DEPARTMENT, PARTY_PAIRING, SOCIAL_WORK, NEIGHBOUR_AID, CHARITY ->
                    GENERIC_SERVICE;
        };
    }
}
