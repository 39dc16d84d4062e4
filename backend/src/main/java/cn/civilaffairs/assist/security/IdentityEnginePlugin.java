package cn.civilaffairs.assist.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Engine identity settings: BCrypt for passwords (BCrypt salts itself, so no extra salt). */
@Component
class IdentityEnginePlugin extends AbstractProcessEnginePlugin {
    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setPasswordEncryptor(new BcryptPasswordEncryptor());
        configuration.setSaltGenerator(() -> "");
    }
}
