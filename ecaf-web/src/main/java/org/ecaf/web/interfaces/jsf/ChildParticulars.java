package org.ecaf.web.interfaces.jsf;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.ecaf.web.application.ChildService;
import org.ecaf.web.application.view.ChildView;

/**
 * A child's particulars as the registration page and the child's record page edit them (one set of inputs, bound as
 * {@code #{page.particulars.givenNames}} and so on): other names are typed separated by commas.
 */
public final class ChildParticulars implements Serializable {

    private static final long serialVersionUID = 1L;

    private String givenNames;
    private String familyName;
    private String otherNames;
    private LocalDate dateOfBirth;
    private LocalDate expectedDateOfDelivery;
    private String gender;
    private String address;
    private String postcode;
    private String nhsNumber;
    private String upn;
    private String firstLanguage;
    private boolean shielded;

    /** The particulars of a child's record as it is, to be changed. */
    static ChildParticulars of(ChildView child) {
        ChildParticulars p = new ChildParticulars();
        p.givenNames = child.givenNames();
        p.familyName = child.familyName();
        p.otherNames = String.join(", ", child.otherNames());
        p.dateOfBirth = child.dateOfBirth();
        p.expectedDateOfDelivery = child.expectedDateOfDelivery();
        p.gender = child.gender();
        p.address = child.address();
        p.postcode = child.postcode();
        p.nhsNumber = child.nhsNumber();
        p.upn = child.upn();
        p.firstLanguage = child.firstLanguage();
        p.shielded = Boolean.TRUE.equals(child.shielded());
        return p;
    }

    /** What the application service takes. */
    ChildService.ChildInput toInput() {
        List<String> others = otherNames == null || otherNames.isBlank() ? List.of()
                : Arrays.stream(otherNames.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new ChildService.ChildInput(givenNames, familyName, others, dateOfBirth, expectedDateOfDelivery, gender,
                address, postcode, nhsNumber, upn, firstLanguage, shielded);
    }

    public String getGivenNames() {
        return givenNames;
    }

    public void setGivenNames(String givenNames) {
        this.givenNames = givenNames;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public String getOtherNames() {
        return otherNames;
    }

    public void setOtherNames(String otherNames) {
        this.otherNames = otherNames;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public LocalDate getExpectedDateOfDelivery() {
        return expectedDateOfDelivery;
    }

    public void setExpectedDateOfDelivery(LocalDate expectedDateOfDelivery) {
        this.expectedDateOfDelivery = expectedDateOfDelivery;
    }

    public String getGender() {
        return gender;
    }

    public void setGender(String gender) {
        this.gender = gender;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getNhsNumber() {
        return nhsNumber;
    }

    public void setNhsNumber(String nhsNumber) {
        this.nhsNumber = nhsNumber;
    }

    public String getUpn() {
        return upn;
    }

    public void setUpn(String upn) {
        this.upn = upn;
    }

    public String getFirstLanguage() {
        return firstLanguage;
    }

    public void setFirstLanguage(String firstLanguage) {
        this.firstLanguage = firstLanguage;
    }

    public boolean isShielded() {
        return shielded;
    }

    public void setShielded(boolean shielded) {
        this.shielded = shielded;
    }
}
