package cn.civilaffairs.assist.person.internal;

import cn.civilaffairs.assist.person.Person;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PersonRepository extends JpaRepository<Person, Long> {
    Optional<Person> findByIdNumber(String idNumber);

    @Query("select p.id from Person p where p.name like :pattern")
    List<Long> findIdsByNameLike(@Param("pattern") String pattern);
}
