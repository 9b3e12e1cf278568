package org.ecaf.web.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A named value the application keeps about itself, such as when the demo data was seeded. */
@Entity
@Table(name = "app_setting")
public class AppSetting {

    @Id
    @Column(name = "name", length = 100)
    private String name;

    @Column(name = "setting_value", nullable = false, length = 1000)
    private String value;

    protected AppSetting() {
    }

    public AppSetting(String name, String value) {
        this.name = name;
        this.value = value;
    }

    public String getName() {
        return name;
    }

    public String getValue() {
        return value;
    }
}
