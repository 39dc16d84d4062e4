package cn.civilaffairs.assist.referral;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/** The charity items of seed 002 §四(三)7. */
public enum PlanContent {
    VISIT("慈善走访慰问"),
    LOW_PRICE_GOODS("“小篷车”低价生活用品上门"),
    CLOTHING("捐赠衣物配发"),
    CHARITY_PROJECT_APPLICATION("代为申报省市慈善项目"),
    VOLUNTEER_SERVICE("慈善义工志愿服务");

    final String label;

    PlanContent(String label) {
        this.label = label;
    }
}
