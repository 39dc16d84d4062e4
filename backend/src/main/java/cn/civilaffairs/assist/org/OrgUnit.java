package cn.civilaffairs.assist.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "org_unit")
public class OrgUnit {
    @Id
    private String code;
    @Column(nullable = false)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrgLevel level;
    @Column(name = "parent_code")
    private String parentCode;

    protected OrgUnit() {}

    public OrgUnit(String code, String name, OrgLevel level, String parentCode) {
        this.code = code;
        this.name = name;
        this.level = level;
        this.parentCode = parentCode;
    }

    public String getCode() { return code; }
    public String getName() { return name; }
    public OrgLevel getLevel() { return level; }
    public String getParentCode() { return parentCode; }
}
