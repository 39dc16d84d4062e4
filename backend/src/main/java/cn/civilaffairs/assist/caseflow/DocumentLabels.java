package cn.civilaffairs.assist.caseflow;

final class DocumentLabels {
    private DocumentLabels() {}

    static String zh(DocumentType type) {
        return switch (type) {
            case ID_CARD -> "身份证";
            case HOUSEHOLD_REGISTER -> "户口本";
            case ILLNESS_PROOF -> "疾病证明";
            case DISABILITY_CERTIFICATE -> "残疾证";
            case RECIPIENT_CERTIFICATE -> "社会救助对象证明";
            case OTHER -> "其他材料";
        };
    }
}
