package cn.civilaffairs.assist.department.internal;

import cn.civilaffairs.assist.department.DepartmentKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A department (org unit of level DEPARTMENT): its kind and the administrative area it serves. */
@Entity
@Table(name = "department_unit")
public class DepartmentUnit {
    @Id
    private String code;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DepartmentKind kind;
    @Column(name = "serves_code", nullable = false)
    private String servesCode;

    protected DepartmentUnit() {}

    public DepartmentUnit(String code, DepartmentKind kind, String servesCode) {
        this.code = code;
        this.kind = kind;
        this.servesCode = servesCode;
    }

    public String getCode() { return code; }
    public DepartmentKind getKind() { return kind; }
    public String getServesCode() { return servesCode; }
}
