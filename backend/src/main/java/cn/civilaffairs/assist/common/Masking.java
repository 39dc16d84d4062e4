package cn.civilaffairs.assist.common;

/** How personal data of vulnerable people is shown where the full value is not needed. */
public final class Masking {
    private Masking() {}

    /** 360199********002X: region and last four kept, birth date hidden. */
    public static String idNumber(String id) {
        if (id == null || id.length() < 10) {
            return id == null ? null : "*".repeat(id.length());
        }
        return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
    }

    /** 1390***0001: for lists; the case view shows the full number to those who call. */
    public static String phone(String phone) {
        if (phone == null || phone.length() < 7) {
            return phone;
        }
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }

    /** Public notices name the village only; the street address never leaves the office. */
    public static String address(String villageName) {
        return villageName + "（详细地址已隐去）";
    }
}
