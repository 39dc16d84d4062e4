package cn.civilaffairs.assist.common;

import java.net.URI;

/** Stable problem type URIs, so clients can tell problems apart without parsing text. */
public final class ProblemTypes {
    private static final String BASE = "https://social-assist.example.cn/problems/";
    public static final URI VALIDATION = URI.create(BASE + "validation");
    public static final URI NOT_FOUND = URI.create(BASE + "not-found");
    public static final URI CONFLICT = URI.create(BASE + "conflict");
    public static final URI FORBIDDEN = URI.create(BASE + "forbidden");
    public static final URI UNAUTHENTICATED = URI.create(BASE + "unauthenticated");
    public static final URI BAD_CREDENTIALS = URI.create(BASE + "bad-credentials");
    /** Too many failed sign-ins from one client or against one username; see Retry-After. */
    public static final URI TOO_MANY_ATTEMPTS = URI.create(BASE + "too-many-attempts");
    public static final URI INTERNAL = URI.create(BASE + "internal");

    private ProblemTypes() {}
}
