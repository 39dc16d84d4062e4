package cn.civilaffairs.assist.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "person")
public class Person {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "id_number", nullable = false, unique = true)
    private String idNumber;
    @Column(nullable = false)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Gender gender;
    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;
    private String phone;
    private String address;
    @Column(name = "village_code", nullable = false)
    private String villageCode;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected Person() {}

    Person(ResidentIdNumber id, String name, String phone, String address, String villageCode, Instant now) {
        this.idNumber = id.value();
        this.gender = id.gender();
        this.birthDate = id.birthDate();
        this.createdAt = now;
        update(name, phone, address, villageCode, now);
    }

    void update(String name, String phone, String address, String villageCode, Instant now) {
        this.name = name;
        this.phone = phone;
        this.address = address;
        this.villageCode = villageCode;
        this.updatedAt = now;
    }

    public Long getId() { return id; }
    public ResidentIdNumber getIdNumber() { return new ResidentIdNumber(idNumber); }
    public String getName() { return name; }
    public Gender getGender() { return gender; }
    public LocalDate getBirthDate() { return birthDate; }
    public String getPhone() { return phone; }
    public String getAddress() { return address; }
    public String getVillageCode() { return villageCode; }
}
