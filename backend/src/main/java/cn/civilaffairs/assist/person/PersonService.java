package cn.civilaffairs.assist.person;

import cn.civilaffairs.assist.common.NotFoundException;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** One record per person, found by ID number; cases and care enrolment share it. */
@Service
public class PersonService {
    private final PersonRepository people;
    private final Clock clock;

    PersonService(PersonRepository people, Clock clock) {
        this.people = people;
        this.clock = clock;
    }

    /** Creates the person, or updates contact details of the existing record with that ID number. */
    @Transactional
    public Person register(ResidentIdNumber id, String name, String phone, String address, String villageCode) {
        return people.findByIdNumber(id.value())
                .map(p -> {
                    p.update(name, phone, address, villageCode, clock.instant());
                    return p;
                })
                .orElseGet(() -> people.saveAndFlush(new Person(id, name, phone, address, villageCode, clock.instant())));
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Person> findByIdNumber(String idNumber) {
        return people.findByIdNumber(idNumber);
    }

    /** People by id, for lists (one query, not one per row). */
    @Transactional(readOnly = true)
    public java.util.Map<Long, Person> getAll(java.util.Collection<Long> ids) {
        java.util.Map<Long, Person> byId = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            people.findAllById(ids).forEach(p -> byId.put(p.getId(), p));
        }
        return byId;
    }

    @Transactional(readOnly = true)
    public Person get(long id) {
        return people.findById(id).orElseThrow(() -> new NotFoundException("人员不存在。"));
    }
}
