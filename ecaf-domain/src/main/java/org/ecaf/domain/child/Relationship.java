package org.ecaf.domain.child;

/** How a family member is related to the child. */
public enum Relationship {
    MOTHER("Mother"), FATHER("Father"), STEP_PARENT("Step-parent"), GRANDPARENT("Grandparent"),
    FOSTER_CARER("Foster carer"), KINSHIP_CARER("Kinship carer"), GUARDIAN("Guardian"), SIBLING("Brother or sister"),
    AUNT_OR_UNCLE("Aunt or uncle"), PARTNER_OF_PARENT("Parent's partner"), OTHER("Other");

    private final String label;

    Relationship(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String getLabel() {
        return label;
    }
}
