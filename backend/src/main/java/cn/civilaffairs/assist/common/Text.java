package cn.civilaffairs.assist.common;

/**
 * What text the app accepts from users: no C0/C1 control characters (line breaks and tabs only
 * where the text may span lines) and no Unicode bidi overrides or isolates (U+202A–U+202E,
 * U+2066–U+2069), which can make a name read differently on screen than it is stored.
 */
public final class Text {
    public static final String FORBIDDEN_MESSAGE = "不能含有控制字符或文字方向控制符。";

    private Text() {}

    /** The index of the first forbidden character, or -1. */
    public static int forbiddenIndex(String s, boolean multiLine) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (multiLine && (c == '\n' || c == '\r' || c == '\t')) {
                continue;
            }
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= '\u202A' && c <= '\u202E')
                    || (c >= '\u2066' && c <= '\u2069')) {
                return i;
            }
        }
        return -1;
    }

    public static boolean isClean(String s, boolean multiLine) {
        return s == null || forbiddenIndex(s, multiLine) < 0;
    }
}
