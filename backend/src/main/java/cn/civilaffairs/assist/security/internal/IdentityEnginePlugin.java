package cn.civilaffairs.assist.security.internal;

import cn.civilaffairs.assist.security.LoginProperties;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyDigitRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyLengthRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyLowerCaseRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicySpecialCharacterRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyUpperCaseRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyUserDataRuleImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Engine identity settings, applied to every path that reaches the identity store (the app,
 * {@code identityService.saveUser}, engine REST, Camunda Admin):
 * <ul>
 *   <li>BCrypt for passwords (BCrypt salts itself, so no extra salt);</li>
 *   <li>the engine's own password policy: at least {@value #MIN_LENGTH} characters with a lower-case
 *       and an upper-case letter, a digit and a special character, and not containing the user's id,
 *       names or e-mail;</li>
 *   <li>the engine's login delay as an expiring, growing lock: after the n-th failure in a row the
 *       account is locked for first × factor^(n-1), at most max; never locked for good by tries alone.</li>
 * </ul>
 */
@Component
@EnableConfigurationProperties(LoginProperties.class)
class IdentityEnginePlugin extends AbstractProcessEnginePlugin {
    static final int MIN_LENGTH = 8;
    /** What the engine's SaveUserCmd says when a password breaks the policy. */
    static final String ENGINE_POLICY_MESSAGE = "Password does not match policy";
    static final String POLICY_REFUSED = "密码不符合密码策略：至少" + MIN_LENGTH
            + "位，须同时包含大写字母、小写字母、数字和特殊字符，且不得包含用户名、姓名或邮箱。";

    private final LoginProperties.Lock lock;

    IdentityEnginePlugin(LoginProperties properties) {
        this.lock = properties.lock();
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setPasswordEncryptor(new BcryptPasswordEncryptor());
        configuration.setSaltGenerator(() -> "");

        configuration.setEnablePasswordPolicy(true);
        configuration.setPasswordPolicy(new AppPasswordPolicy());
        List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
        interceptors.add(new PolicyRefusalAsBadRequest());
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);

        configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
        configuration.setLoginDelayBase((int) lock.first().toSeconds());
        configuration.setLoginDelayFactor(lock.factor());
        configuration.setLoginDelayMaxTime((int) lock.max().toSeconds());
    }

    /** The policy, from the engine's own rule classes, so Camunda Admin shows and checks the same rules. */
    static final class AppPasswordPolicy implements PasswordPolicy {
        private final List<PasswordPolicyRule> rules = List.of(
                new PasswordPolicyLengthRuleImpl(MIN_LENGTH),
                new PasswordPolicyLowerCaseRuleImpl(1),
                new PasswordPolicyUpperCaseRuleImpl(1),
                new PasswordPolicyDigitRuleImpl(1),
                new PasswordPolicySpecialCharacterRuleImpl(1),
                new PasswordPolicyUserDataRuleImpl());

        @Override
        public List<PasswordPolicyRule> getRules() {
            return rules;
        }
    }

    /**
     * The engine refuses a weak password with a plain ProcessEngineException, which engine REST and
     * Camunda Admin answer with 500; as a BadUserRequestException they answer 400 with our text.
     */
    static final class PolicyRefusalAsBadRequest extends CommandInterceptor {
        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            } catch (ProcessEngineException e) {
                if (command instanceof SaveUserCmd && ENGINE_POLICY_MESSAGE.equals(e.getMessage())) {
                    throw new BadUserRequestException(POLICY_REFUSED, e);
                }
                throw e;
            }
        }
    }
}
