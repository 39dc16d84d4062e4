package cn.civilaffairs.assist.security;

import cn.civilaffairs.assist.common.MayBeNull;
import cn.civilaffairs.assist.org.OrgLevel;
import cn.civilaffairs.assist.org.OrgService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The org units a user may filter by, so screens offer a tree to pick from instead of a 12-digit code to type.
 * Here, not in org: the scope comes from the signed-in user, and org may not depend on security.
 */
@RestController
@RequestMapping("/api/org-units")
@Tag(name = "org", description = "辖区内的组织机构")
class OrgScopeController {
    private final OrgService orgs;

    OrgScopeController(OrgService orgs) {
        this.orgs = orgs;
    }

    /** A unit in the user's scope; {@code parentCode} is null for the top of the scope. */
    record OrgUnitView(String code, String name, OrgLevel level, @MayBeNull String parentCode) {}

    @GetMapping
    @Operation(summary = "本人辖区内的区、街道（镇）、村（社区），按代码排序")
    @PreAuthorize(RoleGroups.OFFICIALS)
    List<OrgUnitView> inScope() {
        String scope = CurrentUsers.require().orgCode();
        if (scope == null) {
            return List.of();
        }
        return orgs.administrativeWithin(scope).stream()
                .map(u -> new OrgUnitView(u.getCode(), u.getName(), u.getLevel(),
                        u.getCode().equals(scope) ? null : u.getParentCode()))
                .toList();
    }
}
