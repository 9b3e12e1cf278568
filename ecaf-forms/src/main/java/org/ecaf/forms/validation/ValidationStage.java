package org.ecaf.forms.validation;

/** Which rules a validation applies: the draft rules only, or the draft rules plus what is needed to complete. */
public enum ValidationStage {
    /** Types, lengths, options and unknown fields; nothing is required to save a draft. */
    DRAFT,
    /** The draft rules plus required fields (those shown by their conditions) and minimum rows. */
    COMPLETE
}
