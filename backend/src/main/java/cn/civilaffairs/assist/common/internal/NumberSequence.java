package cn.civilaffairs.assist.common.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "number_sequence")
public class NumberSequence {
    @Id
    private String name;
    @Column(name = "last_no", nullable = false)
    private long lastNo;

    protected NumberSequence() {}

    public NumberSequence(String name) {
        this.name = name;
    }

    public long next() {
        return ++lastNo;
    }
}
