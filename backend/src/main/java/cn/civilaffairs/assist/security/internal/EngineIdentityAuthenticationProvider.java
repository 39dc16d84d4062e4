package cn.civilaffairs.assist.security.internal;

import cn.civilaffairs.assist.security.UserNames;
import cn.civilaffairs.assist.org.OrgService;
import cn.civilaffairs.assist.org.OrgUnit;
import cn.civilaffairs.assist.security.CurrentUser;
import cn.civilaffairs.assist.security.Role;
import cn.civilaffairs.assist.security.WorkGroups;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Signs users in against the engine's identity store, the one store shared with Cockpit, Tasklist
 * and Admin. The engine checks the BCrypt hash and, after each failure, locks the account for a
 * while that grows with further failures (app.security.login.lock, set in IdentityEnginePlugin);
 * the lock expires by itself and an administrator can lift it in Camunda Admin.
 *
 * <p>Unknown users, wrong passwords, locked and unusable accounts all end in the same
 * {@link #FAILED} answer, and unknown or locked users cost one BCrypt check like a real one, so
 * neither the answer nor its time tells whether an account exists or is locked.
 */
@Component
public class EngineIdentityAuthenticationProvider implements AuthenticationProvider {
    /** The one answer to every failed sign-in. */
    public static final String FAILED = "用户名或密码错误，或账号暂时锁定。请核对后稍后再试；仍无法登录请联系管理员。";

    private final IdentityService identityService;
    private final OrgService orgService;
    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
    /** A hash no password matches in practice, checked when there is no real hash to check. */
    private final String decoyHash = bcrypt.encode(UUID.randomUUID().toString());

    EngineIdentityAuthenticationProvider(IdentityService identityService, OrgService orgService) {
        this.identityService = identityService;
        this.orgService = orgService;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String password = String.valueOf(authentication.getCredentials());
        if (username == null || username.isBlank() || password.isEmpty()) {
            throw new BadCredentialsException(FAILED);
        }
        User user = identityService.createUserQuery().userId(username).singleResult();
        if (user == null || lockedNow(user)) {
            bcrypt.matches(password, decoyHash);
            throw user == null ? new BadCredentialsException(FAILED) : new LockedException(FAILED);
        }
        if (!identityService.checkPassword(username, password)) {
            throw new BadCredentialsException(FAILED);
        }
        CurrentUser current = load(username);
        List<SimpleGrantedAuthority> authorities = current.roles().stream()
                .map(r -> new SimpleGrantedAuthority(r.authority()))
                .toList();
        return UsernamePasswordAuthenticationToken.authenticated(current, null, authorities);
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

    /** Locked until a time still ahead on the engine clock (the clock the engine locks by). */
    private static boolean lockedNow(User user) {
        if (user instanceof UserEntity entity) {
            Date until = entity.getLockExpirationTime();
            return until != null && until.after(ClockUtil.getCurrentTime());
        }
        return false;
    }

    private static String joinName(User user) {
        String name = UserNames.of(user);
        return name.isEmpty() ? user.getId() : name;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

}
