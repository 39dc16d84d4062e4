package cn.civilaffairs.assist.department;

/** A department as pickers and lists show it: its org unit, kind and the area it serves. */
public record DepartmentView(String code, String name, DepartmentKind kind, String servesCode, String servesName) {}
