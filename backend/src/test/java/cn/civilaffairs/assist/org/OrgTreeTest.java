package cn.civilaffairs.assist.org;

import static org.assertj.core.api.Assertions.assertThat;

import cn.civilaffairs.assist.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo tree as stored by Flyway-created tables, and the scope rule. */
@IntegrationTest
@Tag("db")
class OrgTreeTest {
    @Autowired OrgService orgService;

    @Test
    void demoCountyHasOneDistrictThreeStreetsAndTwelveVillagesWithNestedCodes() {
        OrgUnit district = orgService.get("360199");
        assertThat(district.getLevel()).isEqualTo(OrgLevel.DISTRICT);
        assertThat(orgService.children("360199")).filteredOn(u -> u.getLevel() == OrgLevel.STREET).hasSize(3)
                .allSatisfy(s -> assertThat(s.getCode()).hasSize(9).startsWith("360199"));
        assertThat(orgService.villagesUnder("360199")).hasSize(12)
                .allSatisfy(v -> assertThat(v.getCode()).hasSize(12).startsWith(v.getParentCode()));
        assertThat(orgService.villagesUnder("360199002")).hasSize(4);
    }

    @Test
    void scopeIsTheSubtree() {
        assertThat(OrgService.covers("360199", "360199001001")).isTrue();
        assertThat(OrgService.covers("360199001", "360199001001")).isTrue();
        assertThat(OrgService.covers("360199001001", "360199001001")).isTrue();
        assertThat(OrgService.covers("360199001001", "360199001002")).isFalse();
        assertThat(OrgService.covers("360199002", "360199001001")).isFalse();
        assertThat(OrgService.covers("360199001", "360199")).isFalse();
        assertThat(OrgService.covers(null, "360199")).isFalse();
    }
}
