package cn.civilaffairs.assist.security;

import org.camunda.bpm.engine.identity.User;

/** The one way to read a person's name from an engine user. */
public final class UserNames {
    private UserNames() {}

    /** Family name first (Chinese names are stored lastName + firstName); empty when neither is set. */
    public static String of(User user) {
        String last = user.getLastName() == null ? "" : user.getLastName();
        String first = user.getFirstName() == null ? "" : user.getFirstName();
        return (last + first).strip();
    }
}
