package cn.civilaffairs.assist.person;

import cn.civilaffairs.assist.person.internal.PersonRepository;
import cn.civilaffairs.assist.common.ConflictException;
import cn.civilaffairs.assist.common.NotFoundException;
import java.time.Clock;
import org.springframework.dao.DataIntegrityViolationException;
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
                .orElseGet(() -> create(new Person(id, name, phone, address, villageCode, clock.instant())));
    }

    /**
     * Two requests registering the same new person both find nobody; the ID number's unique key
     * lets one insert win and the other, which waited for it, is told so (409) instead of a 500.
     */
    private Person create(Person person) {
        try {
            return people.saveAndFlush(person);
        } catch (DataIntegrityViolationException concurrent) {
            throw new ConflictException("此人正由他人同时登记，请刷新后查看，不能重复登记。");
        }
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

    /** Ids of the people whose name contains {@code text} (as typed: % and _ keep their LIKE meaning). */
    @Transactional(readOnly = true)
    public java.util.List<Long> idsByNameContaining(String text) {
        return people.findIdsByNameLike("%" + text + "%");
    }

    @Transactional(readOnly = true)
    public Person get(long id) {
        return people.findById(id).orElseThrow(() -> new NotFoundException("人员不存在。"));
    }
}
