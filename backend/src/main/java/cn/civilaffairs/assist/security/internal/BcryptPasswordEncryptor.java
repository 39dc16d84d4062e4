package cn.civilaffairs.assist.security.internal;

import org.camunda.bpm.engine.impl.digest.PasswordEncryptor;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Lets the engine's identity store keep BCrypt hashes (stored as {BCRYPT}$2a$…). */
class BcryptPasswordEncryptor implements PasswordEncryptor {
    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();

    @Override
    public String encrypt(String password) {
        return encoder.encode(password);
    }

    @Override
    public boolean check(String password, String encrypted) {
        return encoder.matches(password, encrypted);
    }

    @Override
    public String hashAlgorithmName() {
        return "BCRYPT";
    }
}
