package cn.civilaffairs.assist.caseflow;

import cn.civilaffairs.assist.common.MayBeNull;
import cn.civilaffairs.assist.person.Gender;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record PersonView(long id, String name, String idNumberMasked, Gender gender, LocalDate birthDate,
        @MayBeNull String phone, @MayBeNull String address) {}
