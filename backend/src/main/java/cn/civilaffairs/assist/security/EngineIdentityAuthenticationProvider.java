package cn.civilaffairs.assist.security;

import cn.civilaffairs.assist.org.OrgService;
import cn.civilaffairs.assist.org.OrgUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Signs users in against the engine's identity store, the one store shared with Cockpit, Tasklist
 * and Admin. The engine checks the BCrypt hash, counts failed attempts and locks the account
 * after {@code login-max-attempts}; an administrator unlocks it in Camunda Admin.
 */
@Component
public class EngineIdentityAuthenticationProvider implements AuthenticationProvider {
    private final IdentityService identityService;
    private final ProcessEngineConfigurationImpl engineConfiguration;
    private final OrgService orgService;

    EngineIdentityAuthenticationProvider(
            IdentityService identityService, ProcessEngineConfigurationImpl engineConfiguration, OrgService orgService) {
        this.identityService = identityService;
        this.engineConfiguration = engineConfiguration;
        this.orgService = orgService;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String password = String.valueOf(authentication.getCredentials());
        if (username == null || username.isBlank() || password.isEmpty()) {
            throw new BadCredentialsException("用户名或密码错误。");
        }
        User before = identityService.createUserQuery().userId(username).singleResult();
        if (before != null && lockedNow(before)) {
            throw locked(before);
        }
        if (!identityService.checkPassword(username, password)) {
            User after = identityService.createUserQuery().userId(username).singleResult();
            if (after != null && permanentlyLocked(after)) {
                throw locked(after);
            }
            throw new BadCredentialsException("用户名或密码错误。");
        }
        CurrentUser user = load(username);
        List<SimpleGrantedAuthority> authorities = user.roles().stream()
                .map(r -> new SimpleGrantedAuthority(r.authority()))
                .toList();
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }

    /** Builds the session's view of a user from their work-group memberships. */
    public CurrentUser load(String username) {
        User user = identityService.createUserQuery().userId(username).singleResult();
        if (user == null) {
            throw new BadCredentialsException("用户名或密码错误。");
        }
        List<Group> groups = identityService.createGroupQuery().groupMember(username).list();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        List<String> groupIds = new ArrayList<>();
        String orgCode = null;
        for (Group g : groups) {
            groupIds.add(g.getId());
            var parsed = WorkGroups.parse(g.getId());
            if (parsed.isPresent()) {
                roles.add(parsed.get().role());
                if (orgCode != null && !orgCode.equals(parsed.get().orgCode())) {
                    // One user works at one node; two would make the scope ambiguous.
                    throw new DisabledException("账号配置有误：隶属多个组织机构，请联系管理员。");
                }
                orgCode = parsed.get().orgCode();
            }
        }
        if (roles.isEmpty() || orgCode == null) {
            throw new DisabledException("账号未分配角色，请联系管理员。");
        }
        OrgUnit org = orgService.find(orgCode)
                .orElseThrow(() -> new DisabledException("账号所属组织机构不存在，请联系管理员。"));
        String displayName = joinName(user);
        return new CurrentUser(username, displayName, user.getEmail(), Set.copyOf(roles), org.getCode(),
                org.getName(), org.getLevel(), List.copyOf(groupIds));
    }

    private boolean lockedNow(User user) {
        if (user instanceof UserEntity entity) {
            Date until = entity.getLockExpirationTime();
            return until != null && until.after(new Date());
        }
        return false;
    }

    private boolean permanentlyLocked(User user) {
        return user instanceof UserEntity entity
                && entity.getAttempts() >= engineConfiguration.getLoginMaxAttempts();
    }

    private LockedException locked(User user) {
        if (permanentlyLocked(user)) {
            return new LockedException("登录失败次数过多，账号已锁定，请联系管理员解锁。");
        }
        return new LockedException("登录失败，账号暂时锁定，请稍候几秒再试。");
    }

    private static String joinName(User user) {
        String first = user.getFirstName() == null ? "" : user.getFirstName();
        String last = user.getLastName() == null ? "" : user.getLastName();
        // Chinese names are written family name first; stored in lastName + firstName.
        String name = (last + first).trim();
        return name.isEmpty() ? user.getId() : name;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

}
