package cn.civilaffairs.assist.common;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "number_sequence")
class NumberSequence {
    @Id
    private String name;
    @Column(name = "last_no", nullable = false)
    private long lastNo;

    protected NumberSequence() {}

    NumberSequence(String name) {
        this.name = name;
    }

    long next() {
        return ++lastNo;
    }
}
