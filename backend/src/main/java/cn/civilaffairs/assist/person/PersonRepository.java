package cn.civilaffairs.assist.person;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PersonRepository extends JpaRepository<Person, Long> {
    Optional<Person> findByIdNumber(String idNumber);
}
