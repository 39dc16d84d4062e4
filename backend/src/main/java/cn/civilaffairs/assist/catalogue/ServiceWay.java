package cn.civilaffairs.assist.catalogue;

/** The seven ways of serving (DOMAIN §4). */
public enum ServiceWay {
    PURCHASED, INSTITUTIONAL, DEPARTMENT, PARTY_PAIRING, SOCIAL_WORK, NEIGHBOUR_AID, CHARITY
}
