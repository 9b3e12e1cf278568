package org.ecaf.domain.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Objects;
import org.ecaf.domain.shared.DomainEntity;

/** An organisation whose practitioners work with children: a council's early help service, a school, a health trust. */
@Entity
@Table(name = "agency")
public class Agency extends DomainEntity {

    @Column(name = "code", nullable = false, unique = true, length = 40)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "kind", nullable = false, length = 40)
    private String kind;

    @Column(name = "phone", length = 40)
    private String phone;

    @Column(name = "email", length = 200)
    private String email;

    @Column(name = "address", length = 400)
    private String address;

    protected Agency() {
    }

    public Agency(String code, String name, String kind) {
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
        this.kind = Objects.requireNonNull(kind);
    }

    public Agency withContact(String phone, String email, String address) {
        this.phone = phone;
        this.email = email;
        this.address = address;
        return this;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getKind() {
        return kind;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public String getAddress() {
        return address;
    }

    /** False once an administrator has deactivated it: it keeps its records but takes no new members or cases. */
    public boolean isActive() {
        return active;
    }

    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    /** A new name; the code, which other records and the API use, stays. */
    public void rename(String newName) {
        this.name = Objects.requireNonNull(newName);
    }
}
